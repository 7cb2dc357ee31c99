using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Indexer.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.SearchApi.Tests.Endpoints;

public class IngestAndSearchTests
{
    private static async Task<JsonElement> Search(HttpClient c, string q) =>
        await c.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q));

    private static string[] Sources(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()!).ToArray();

    [Fact]
    public async Task Every_supported_format_is_found_by_a_phrase_only_it_contains()
    {
        using var svc = new TestService();
        svc.AddFile("utf8.txt", Fixtures.Gongwen("张政发〔2016〕1号", "关于甲乙丙的通知", "本文件只有独角兽养殖场一词。"));
        svc.AddFile("bom.txt", [.. new byte[] { 0xEF, 0xBB, 0xBF }, .. System.Text.Encoding.UTF8.GetBytes("关于带签名的通知\n白鹭湿地保护条款。")]);
        svc.AddFile("gbk.txt", Fixtures.Gbk("关于国标编码的通知\n梧桐山隧道维修事项。"));
        svc.AddFile("word.docx", Fixtures.Docx("关于文字处理的通知", "青花瓷博物馆开放时间调整。"));
        svc.AddFile("page.html", "<html><head><title>网页</title></head><body><div id=\"zoom\"><h1>关于网页发布的通知</h1><p>黄河滩区迁建工作安排。</p></div></body></html>");
        svc.AddFile("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]);
        svc.AddFile("broken.docx", [0x50, 0x4B, 0x03, 0x04, 9, 9, 9]);
        var status = await svc.WaitUntilReady();
        var client = svc.CreateClient();

        foreach (var (phrase, source) in new[] { ("独角兽养殖场", "utf8.txt"), ("白鹭湿地", "bom.txt"), ("梧桐山隧道", "gbk.txt"), ("青花瓷博物馆", "word.docx"), ("黄河滩区迁建", "page.html") })
            Assert.Equal([source], Sources(await Search(client, phrase)));

        Assert.Equal(5, status.GetProperty("documents").GetInt32());
        // "ready" includes warm: the copy finder's tables are built, searches rank in full.
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/status")).GetProperty("warm").GetBoolean());
        Assert.Equal(2, status.GetProperty("failed").GetInt32());
        var failures = await svc.Staff().GetFromJsonAsync<JsonElement>("/api/failures");
        var reasons = failures.EnumerateArray().ToDictionary(f => f.GetProperty("source").GetString()!, f => f.GetProperty("reason").GetString());
        Assert.Equal("Corrupt", reasons["old.doc"]); // an OLE header and nothing else
        Assert.Equal("Corrupt", reasons["broken.docx"]);
    }

    [Fact]
    public async Task A_scan_queues_its_files_in_batches_and_every_file_is_ingested()
    {
        using var svc = new TestService();
        const int files = 40;
        for (var i = 0; i < files; i++) svc.AddFile($"batch/{i:D2}.txt", $"关于第{i}批次的通知\n编号{i:D2}号批次的唯一内容：批次样本{i:D2}号。");
        var status = await svc.WaitUntilReady();
        Assert.Equal(files, status.GetProperty("documents").GetInt32());
        var client = svc.CreateClient();
        Assert.Equal(["batch/07.txt"], Sources(await Search(client, "\"批次样本07号\"")));
        Assert.Equal(["batch/39.txt"], Sources(await Search(client, "\"批次样本39号\"")));
        // One Hangfire job per batch of CorpusScanner.BatchSize files (plus the scan), not one per file.
        var jobs = svc.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().SucceededListCount();
        Assert.InRange(jobs, (files + Gongkai.Indexer.Indexing.CorpusScanner.BatchSize - 1) / Gongkai.Indexer.Indexing.CorpusScanner.BatchSize, 6);
    }

    [Fact]
    public async Task Restart_reindexes_nothing_unchanged_and_picks_up_changes_and_deletions()
    {
        var root = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
        long unchangedSeq;
        using (var first = new TestService(root) { KeepFiles = true })
        {
            first.AddFile("a.txt", "关于第一份的通知\n长江大桥通车仪式。");
            first.AddFile("b.txt", "关于第二份的通知\n珠江夜游航线调整。");
            first.AddFile("c.txt", "关于第三份的通知\n钱塘江观潮安全提示。");
            await first.WaitUntilReady();
            unchangedSeq = SeqOf(first, "c.txt");
        }
        using var second = new TestService(root);
        File.WriteAllText(Path.Combine(second.CorpusPath, "a.txt"), "关于第一份的通知\n黄浦江轮渡票价调整。");
        File.SetLastWriteTimeUtc(Path.Combine(second.CorpusPath, "a.txt"), DateTime.UtcNow.AddMinutes(1));
        File.Delete(Path.Combine(second.CorpusPath, "b.txt"));
        await second.WaitUntilReady();
        var client = second.CreateClient();
        Assert.Empty(Sources(await Search(client, "长江大桥")));
        Assert.Equal(["a.txt"], Sources(await Search(client, "黄浦江轮渡")));
        Assert.Empty(Sources(await Search(client, "珠江夜游")));
        Assert.Equal(["c.txt"], Sources(await Search(client, "钱塘江观潮")));
        Assert.Equal(unchangedSeq, SeqOf(second, "c.txt"));
    }

    [Fact]
    public async Task A_corpus_folder_found_empty_at_restart_removes_nothing()
    {
        var root = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
        using (var first = new TestService(root) { KeepFiles = true })
        {
            first.AddFile("a.txt", "关于第一份的通知\n长江大桥通车仪式。");
            first.AddFile("b.txt", "关于第二份的通知\n珠江夜游航线调整。");
            await first.WaitUntilReady();
        }
        using var second = new TestService(root);
        foreach (var f in Directory.GetFiles(second.CorpusPath)) File.Delete(f); // an unmounted share looks like this
        await second.WaitUntilReady();
        var client = second.CreateClient();
        Assert.Equal(["a.txt"], Sources(await Search(client, "长江大桥")));
        Assert.Equal(["b.txt"], Sources(await Search(client, "珠江夜游")));
    }

    private static long SeqOf(TestService svc, string source) =>
        svc.Services.GetRequiredService<ICatalogStore>().ChangedSince(0).Single(x => x.Document.Source == source).Seq;

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("(((")]
    [InlineData("a AND OR NOT")]
    [InlineData("*:*")]
    [InlineData("title:[a TO")]
    [InlineData("~~^^\\\\")]
    public async Task Query_syntax_characters_are_text_never_a_server_error(string q)
    {
        using var svc = new TestService();
        svc.AddFile("a.txt", "关于测试的通知\n内容。");
        await svc.WaitUntilReady();
        var response = await svc.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("page=-1", "page")]
    [InlineData("size=1000000", "size")]
    [InlineData("year=abc", "year")]
    [InlineData("from=2017-13-01", "from")]
    [InlineData("sort=sideways", "sort")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string parameter)
    {
        using var svc = new TestService();
        var response = await svc.CreateClient().GetAsync("/api/search?q=x&" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_parameter", problem.GetProperty("code").GetString());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }
}

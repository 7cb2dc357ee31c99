using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Indexer.Catalog;
using Gongkai.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gongkai.Reliability.Tests.Crash;

/// <summary>
/// Issue 6, crash safety: the real process is SIGKILLed at random moments while it indexes, and
/// started again on the same data folder, several times. Afterwards every file is indexed exactly
/// once, the catalog agrees with the index, no 索引号 changed, and no acknowledged upload is lost.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int FirstFiles = 300;
    private const int AddedFiles = 200;
    private const int ChangedFiles = 50;
    private const int KillsPerPhase = 3;
    private static readonly TimeSpan ReadyBound = TimeSpan.FromMinutes(4);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "gongkai-crash", Guid.NewGuid().ToString("N"));
    private string Corpus => Path.Combine(_root, "corpus");
    private string Data => Path.Combine(_root, "data");
    private readonly Random _rng = new(6);
    private readonly List<(string Word, string Name)> _acknowledgedUploads = [];
    private bool? _uploadsAvailable;
    private int _killsMidIndexing;

    [Fact]
    public async Task Killing_the_service_during_indexing_loses_and_duplicates_nothing()
    {
        for (var i = 0; i < FirstFiles; i++) CrashCorpus.Write(Corpus, i);
        await KillRepeatedly("first index");
        var first = await VerifyEveryFileOnce(FirstFiles);

        for (var i = FirstFiles; i < FirstFiles + AddedFiles; i++) CrashCorpus.Write(Corpus, i);
        foreach (var i in Enumerable.Range(0, FirstFiles).OrderBy(_ => _rng.Next()).Take(ChangedFiles))
            CrashCorpus.Write(Corpus, i, "（修订后追加的一段正文。）");
        await KillRepeatedly("changes and uploads");
        var second = await VerifyEveryFileOnce(FirstFiles + AddedFiles);

        var changed = first.Where(kv => second[kv.Key] != kv.Value).Select(kv => $"{kv.Key}: {kv.Value} → {second[kv.Key]}").ToList();
        Assert.True(changed.Count == 0, "索引号 changed across restarts:\n" + string.Join("\n", changed));
        Assert.Equal(second.Count, second.Values.Distinct().Count());
        output.WriteLine($"kills: {2 * KillsPerPhase} ({_killsMidIndexing} with files still pending), files: {FirstFiles + AddedFiles}, " +
                         $"changed: {ChangedFiles}, uploads acknowledged: {(_uploadsAvailable == true ? _acknowledgedUploads.Count : "n/a (no upload API on this branch)")}, lost: 0");
        Assert.True(_killsMidIndexing >= KillsPerPhase, $"only {_killsMidIndexing} kills hit the service while files were pending");
    }

    private async Task KillRepeatedly(string phase)
    {
        for (var k = 0; k < KillsPerPhase; k++)
        {
            using var service = await ServiceProcess.Start(Corpus, Data);
            // Kill while files are being ingested: once the scan has queued work, after a random share of it.
            var until = DateTime.UtcNow.AddSeconds(30);
            while ((await service.Status()).GetProperty("pending").GetInt32() == 0 && DateTime.UtcNow < until) await Task.Delay(50);
            await Upload(service, $"{phase}-{k}");
            // Ingest takes a few seconds for these files, so the random moment is drawn from the first half second;
            // longer delays often fell after the queue had drained and tested nothing.
            await Task.Delay(_rng.Next(20, 500));
            var status = await service.Status();
            if (status.GetProperty("pending").GetInt32() > 0) _killsMidIndexing++;
            output.WriteLine($"{phase}: kill {k + 1} at {status}");
            service.Kill();
        }
    }

    /// <summary>Restarts, waits until ready, and checks the index and the catalog file by file. Returns source → 索引号.</summary>
    private async Task<Dictionary<string, string>> VerifyEveryFileOnce(int files)
    {
        Dictionary<string, string> numbers = new();
        using (var service = await ServiceProcess.Start(Corpus, Data))
        {
            var status = await service.WaitReady(ReadyBound);
            output.WriteLine($"after restart: {status}");
            var expected = files + (_uploadsAvailable == true ? _acknowledgedUploads.Count : 0);
            Assert.Equal(expected, status.GetProperty("documents").GetInt32());
            Assert.Equal(0, status.GetProperty("failed").GetInt32());

            var index = await service.Staff.GetFromJsonAsync<JsonElement>("/api/search?q=&size=1");
            Assert.Equal(expected, index.GetProperty("total").GetInt32());

            for (var i = 0; i < files; i++)
            {
                var source = CrashCorpus.Source(i);
                var hits = (await service.Staff.GetFromJsonAsync<JsonElement>("/api/documents?source=" + Uri.EscapeDataString(source))).GetProperty("hits");
                Assert.True(hits.GetArrayLength() == 1, $"{source}: {hits.GetArrayLength()} documents");
                var number = hits[0].GetProperty("indexNumber").GetString();
                Assert.False(string.IsNullOrEmpty(number), $"{source} has no 索引号");
                numbers[source] = number!;
                var byNumber = (await service.Staff.GetFromJsonAsync<JsonElement>("/api/lookup?number=" + Uri.EscapeDataString(CrashCorpus.DocNumber(i)))).GetProperty("hits");
                Assert.True(byNumber.GetArrayLength() == 1, $"{CrashCorpus.DocNumber(i)} finds {byNumber.GetArrayLength()} documents");
                Assert.Equal(hits[0].GetProperty("id").GetString(), byNumber[0].GetProperty("id").GetString());
            }
            foreach (var (word, name) in _uploadsAvailable == true ? _acknowledgedUploads : [])
            {
                var found = await service.Staff.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString($"\"{word}\""));
                Assert.True(found.GetProperty("total").GetInt32() == 1, $"acknowledged upload {name} ({word}) finds {found.GetProperty("total")} documents");
            }
            service.Kill();
        }

        // The catalog itself (read while no process holds it) agrees with what the index answered.
        using var store = new SqliteCatalogStore(Path.Combine(Data, "catalog.db"));
        var sources = store.ListSources();
        Assert.All(sources, s => Assert.Equal(SourceState.Indexed, s.State));
        foreach (var (source, number) in numbers)
            Assert.Equal(number, store.GetDocumentBySource(source)?.IndexNumber);
        return numbers;
    }

    /// <summary>Uploads one file while the service indexes; a 202 is a promise the document will exist.</summary>
    private async Task Upload(ServiceProcess service, string label)
    {
        if (_uploadsAvailable == false) return;
        var n = _acknowledgedUploads.Count;
        var word = "上传" + string.Concat(n.ToString().Select(c => "零一二三四五六七八九"[c - '0'])) + "号件";
        var name = $"upload-{n}.txt";
        var text = Fixtures.Gongwen($"张政办发〔2016〕{500 + n}号", $"关于上传第{n}号文件的通知", $"{word}的正文，通过上传接口提交。");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name } };
        using var r = await service.Staff.PostAsync("/api/documents", form);
        if (_uploadsAvailable is null && await IsMissingEndpoint(r))
        {
            _uploadsAvailable = false;
            output.WriteLine($"SKIPPED upload part: POST /api/documents answers {(int)r.StatusCode} on this branch; it will run once the upload API is merged");
            return;
        }
        _uploadsAvailable = true;
        Assert.True(r.StatusCode == HttpStatusCode.Accepted, $"upload {label} → {(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        _acknowledgedUploads.Add((word, name));
    }

    private static async Task<bool> IsMissingEndpoint(HttpResponseMessage r)
    {
        if (r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed) return true;
        // The status-code page turns a 405 into a problem; its detail is the generic one.
        return r.StatusCode == HttpStatusCode.BadRequest && (await r.Content.ReadAsStringAsync()).Contains("请求无效或地址不存在");
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }
}

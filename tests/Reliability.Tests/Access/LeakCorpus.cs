using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Indexing;
using Gongkai.Reliability.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Reliability.Tests.Access;

/// <summary>One document the public must never see, found by its own word, 文号 and title.</summary>
public sealed record SecretDocument(string Name, string Source, string Word, string DocNumber, string Title)
{
    public string Id => DocumentId.ForSource(Source);
    public override string ToString() => Name;
}

/// <summary>
/// Public documents beside documents that are 不予公开 / 依申请公开 (by the printed marker or by a
/// sidecar) and one withdrawn by staff. All share the word 保密测试 and the organ 保密测试局, and a
/// public document cites them all, so every path by which one could leak is exercised.
/// </summary>
public sealed class LeakCorpus : IAsyncLifetime
{
    public const string SharedWord = "保密测试";
    public const string SecretOrgan = "保密测试局";
    public const int PublicCount = 3;

    public TestService Service { get; } = new TestService()
        .With("Corpus:Watch", "true")
        .With("Catalog:OrganCodes:张店区人民政府", "11370303004362052D")
        .With("Catalog:OrganCodes:保密测试局", "11370303MB0000000X");

    public static readonly SecretDocument[] Secrets =
    [
        new("marker 此件不予公开", "secret/marker-not-disclosed.txt", "密语甲一", "张政发〔2020〕901号", "关于甲类事项的通知"),
        new("marker 此件依申请公开", "secret/marker-on-request.txt", "密语乙二", "张政发〔2020〕902号", "关于乙类事项的通知"),
        new("sidecar 不予公开", "secret/sidecar-not-disclosed.txt", "密语丙三", "张政发〔2020〕903号", "关于丙类事项的通知"),
        new("sidecar 依申请公开", "secret/sidecar-on-request.docx", "密语丁四", "张政发〔2020〕904号", "关于丁类事项的通知"),
        new("withdrawn by staff", "secret/withdrawn.txt", "密语戊五", "张政发〔2020〕905号", "关于戊类事项的通知"),
    ];

    public string CitingId => DocumentId.ForSource("public/citing.txt");

    public async Task InitializeAsync()
    {
        foreach (var s in Secrets)
        {
            var openness = s.Name.StartsWith("marker 此件不予公开") ? "此件不予公开" : s.Name.StartsWith("marker 此件依申请公开") ? "此件依申请公开" : "此件公开发布";
            var text = Fixtures.Gongwen(s.DocNumber, s.Title, $"{s.Word}的正文，{SharedWord}内容，不得向公众泄露。", organ: SecretOrgan, openness: openness);
            Service.AddFile(s.Source, s.Source.EndsWith(".docx") ? Fixtures.Docx(text.Split('\n')) : System.Text.Encoding.UTF8.GetBytes(text));
            if (s.Name.StartsWith("sidecar"))
                Service.AddFile(Path.ChangeExtension(s.Source, null) + ".meta.json",
                    JsonSerializer.Serialize(new { openness = s.Name.EndsWith("不予公开") ? "不予公开" : "依申请公开", organ = SecretOrgan }));
        }
        for (var i = 1; i <= PublicCount - 1; i++)
            Service.AddFile($"public/{i}.txt", Fixtures.Gongwen($"张政发〔2020〕{i}号", $"关于公开事项第{i}号的通知", $"公开正文{i}，{SharedWord}之外的内容。"));
        var citations = string.Join("、", Secrets.Select(s => s.DocNumber)) + "，以及" + string.Join("、", Secrets.Select(s => "《" + s.Title + "》"));
        Service.AddFile("public/citing.txt", Fixtures.Gongwen("张政发〔2020〕50号", "关于引用机密文件的通知",
            $"根据{citations}，现就有关事项通知如下。正文提到{SharedWord}。<script>alert('跨站')</script><img src=x onerror=alert(1)>跨站脚本测试。"));

        await Service.WaitUntilReady();
        await Withdraw(Secrets.Single(s => s.Name == "withdrawn by staff"));
    }

    /// <summary>What the staff withdraw action does: record it in the catalog and re-apply the record to the index.</summary>
    private async Task Withdraw(SecretDocument s)
    {
        var store = Service.Services.GetRequiredService<ICatalogStore>();
        store.SetWithdrawn(s.Id, true, "staff:test", "leak test");
        Service.Services.GetRequiredService<CatalogIndex>().Reindex(store.GetDocument(s.Id)! with { Withdrawn = true });
        Service.Services.GetRequiredService<IndexHost>().Refresh();
        // Re-ingesting the file (it changed) must keep it withdrawn.
        File.AppendAllText(Path.Combine(Service.CorpusPath, s.Source), "\n修改后的正文。");
        var until = DateTime.UtcNow.AddSeconds(30);
        while (store.GetDocument(s.Id)?.Text.Contains("修改后的正文") != true && DateTime.UtcNow < until) await Task.Delay(100);
        await Service.WaitUntilReady();
    }

    public async Task<JsonElement> Anonymous(string url) => await Service.CreateClient().GetFromJsonAsync<JsonElement>(url);

    public async Task<JsonElement> Staff(string url) => await Service.Staff().GetFromJsonAsync<JsonElement>(url);

    public Task DisposeAsync()
    {
        Service.Dispose();
        return Task.CompletedTask;
    }
}

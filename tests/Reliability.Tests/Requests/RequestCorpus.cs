using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Reliability.Tests.Infrastructure;

namespace Gongkai.Reliability.Tests.Requests;

/// <summary>A small indexed corpus for the request tests, so hostile queries meet real hits, snippets and facets.</summary>
public sealed class RequestCorpus : IAsyncLifetime
{
    public TestService Service { get; } = new TestService().With("Corpus:Watch", "false");
    public string DocumentId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        for (var i = 1; i <= 12; i++)
            Service.AddFile($"docs/{i:D2}.txt", Fixtures.Gongwen($"张政办发〔2017〕{i}号", $"关于政府信息公开第{i}项工作的通知",
                $"政府信息公开工作正文{i}。住房公积金、棚户区改造、低保。<script>alert({i})</script> a+b=c (test) [x] {{y}} ~z*"));
        Service.AddFile("docs/word.docx", Fixtures.Docx(Fixtures.Gongwen("张政发〔2016〕8号", "关于文档格式测试的通知", "文档格式正文。").Split('\n')));
        await Service.WaitUntilReady();
        var hits = await Service.Staff().GetFromJsonAsync<JsonElement>("/api/documents?source=docs/01.txt");
        DocumentId = hits.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }

    public Task DisposeAsync()
    {
        Service.Dispose();
        return Task.CompletedTask;
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gongkai.Reliability.Tests.Files;

/// <summary>Broken metadata beside good files: a malformed sidecar fails its own file only; a malformed catalog file stops nothing.</summary>
public sealed class HostileMetadataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_malformed_sidecar_is_a_recorded_failure_of_its_file_only()
    {
        using var service = new TestService().With("Corpus:Watch", "false");
        service.AddFile("a.txt", Fixtures.Gongwen("张政发〔2019〕1号", "关于甲的通知", "甲的正文。"));
        service.AddFile("a.meta.json", "{ \"openness\": ");
        service.AddFile("b.txt", Fixtures.Gongwen("张政发〔2019〕2号", "关于乙的通知", "乙的正文。"));
        service.AddFile("b.meta.json", "{ \"title\": 42, \"writtenDate\": [] }");
        service.AddFile("c.txt", Fixtures.Gongwen("张政发〔2019〕3号", "关于丙的通知", "丙的正文。"));

        var status = await service.WaitUntilReady(TimeSpan.FromSeconds(30));
        var failures = await service.Staff().GetFromJsonAsync<JsonElement>("/api/failures");
        output.WriteLine(failures.ToString());
        Assert.Contains(failures.EnumerateArray(), f => f.GetProperty("source").GetString() == "a.txt" && f.GetProperty("reason").GetString() == "Corrupt");
        var c = await service.CreateClient().GetFromJsonAsync<JsonElement>("/api/lookup?number=" + Uri.EscapeDataString("张政发〔2019〕3号"));
        Assert.Equal(1, c.GetProperty("hits").GetArrayLength());
        Assert.Equal(0, status.GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task A_malformed_catalog_file_does_not_leave_files_pending_forever()
    {
        using var service = new TestService().With("Corpus:Watch", "false");
        service.AddFile("catalog.jsonl", "{\"file\":\"a.txt\",\"organ\":\"张店区人民政府\"}\n{not json at all\n");
        service.AddFile("a.txt", Fixtures.Gongwen("张政发〔2019〕1号", "关于甲的通知", "甲的正文。"));
        service.AddFile("b.txt", Fixtures.Gongwen("张政发〔2019〕2号", "关于乙的通知", "乙的正文。"));

        var status = await service.WaitUntilReady(TimeSpan.FromSeconds(30));
        output.WriteLine(status.ToString());
        Assert.Equal(2, status.GetProperty("documents").GetInt32() + status.GetProperty("failed").GetInt32());
    }
}

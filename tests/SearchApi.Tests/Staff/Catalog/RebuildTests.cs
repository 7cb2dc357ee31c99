using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Gongkai.SearchApi.Tests.Staff.Catalog.CatalogCalls;

namespace Gongkai.SearchApi.Tests.Staff.Catalog;

public class RebuildTests
{
    [Fact]
    [Trait("Category", "Integration")]
    public async Task Searches_during_a_rebuild_keep_finding_every_document()
    {
        const int count = 150;
        using var svc = new TestService();
        for (var i = 0; i < count; i++)
            svc.AddFile($"d{i:D3}.txt", Fixtures.Gongwen($"张政发〔2016〕{i + 1}号", $"关于第{i + 1}项水利工程的通知",
                string.Concat(Enumerable.Repeat("汛期防洪排涝调度安排，水库巡查与堤防加固。", 30))));
        await svc.WaitUntilReady(TimeSpan.FromMinutes(3));
        var staff = svc.Staff();
        var pub = svc.CreateClient();
        // "ready" can answer a moment before the last document reaches the searcher; start from a full view.
        for (var i = 0; i < 50 && (await Search(pub, "水利工程")).GetProperty("total").GetInt32() < count; i++) await Task.Delay(100);

        using var started = await staff.PostAsync("/api/index/rebuild", null);
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var totals = new List<int>();
        var duringRebuild = 0;
        while (true)
        {
            var state = (await staff.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}")).GetProperty("state").GetString();
            if (state is "succeeded" or "failed") { Assert.Equal("succeeded", state); break; }
            if (state == "running") duringRebuild++;
            totals.Add((await Search(pub, "水利工程")).GetProperty("total").GetInt32());
        }

        Assert.True(duringRebuild > 0, "no search ran while the rebuild was running");
        Assert.All(totals, t => Assert.Equal(count, t));
        Assert.Equal(count, (await Search(pub, "水利工程")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Asking_for_a_rebuild_needs_a_staff_key()
    {
        using var svc = new TestService();
        await svc.WaitUntilReady();
        Assert.Equal(HttpStatusCode.Unauthorized, (await svc.CreateClient().PostAsync("/api/index/rebuild", null)).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Gongkai.SearchApi.Tests.Staff.Catalog.CatalogCalls;

namespace Gongkai.SearchApi.Tests.Staff.Catalog;

public class WithdrawTests
{
    [Fact]
    public async Task A_withdrawn_document_is_gone_from_every_public_answer_at_once_and_kept_for_staff_with_its_history()
    {
        using var svc = new TestService();
        var original = svc.AddFile("w.txt", Fixtures.Gongwen("张政办发〔2017〕15号", "关于白鹳湿地保护的通知", "白鹳湿地保护范围划定。"));
        svc.AddFile("other.txt", Fixtures.Gongwen("张政办发〔2017〕16号", "关于其他事项的通知", "白鹳之外的内容。", organ: "张店区人民政府办公室"));
        await svc.WaitUntilReady();
        var staff = svc.Staff();
        var pub = svc.CreateClient();
        var id = await IdOf(staff, "w.txt");
        Assert.Contains("w.txt", Sources(await Search(pub, "白鹳湿地")));

        using (var r = await staff.PostAsync($"/api/documents/{id}/withdraw", Json(new { reason = "内容有误，待更正后重新发布" })))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        // No waiting: the change must be visible to the very next request.
        var search = await Search(pub, "白鹳");
        Assert.DoesNotContain("w.txt", Sources(search));
        Assert.DoesNotContain(search.GetProperty("facets").GetProperty("organ").EnumerateArray(), f => f.GetProperty("value").GetString() == "张店区人民政府");
        Assert.Equal(HttpStatusCode.NotFound, (await pub.GetAsync($"/api/documents/{id}")).StatusCode);
        var lookup = await pub.GetFromJsonAsync<JsonElement>("/api/lookup?number=" + Uri.EscapeDataString("张政办发〔2017〕15号"));
        Assert.Empty(lookup.GetProperty("hits").EnumerateArray());
        var suggest = await pub.GetFromJsonAsync<JsonElement>("/api/suggest?q=" + Uri.EscapeDataString("关于白鹳"));
        Assert.Empty(suggest.GetProperty("suggestions").EnumerateArray());

        // Kept: the original, the catalog record (staff see it), and who did it when.
        Assert.True(File.Exists(original));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/documents/{id}")).StatusCode);
        var history = await staff.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/history");
        Assert.True(history.GetProperty("withdrawn").GetBoolean());
        var entry = Assert.Single(history.GetProperty("history").EnumerateArray());
        Assert.Equal("withdraw", entry.GetProperty("action").GetString());
        Assert.Equal("内容有误，待更正后重新发布", entry.GetProperty("detail").GetString());
        Assert.True(DateTimeOffset.Parse(entry.GetProperty("at").GetString()!) > DateTimeOffset.UtcNow.AddMinutes(-5));

        using (var r = await staff.PostAsync($"/api/documents/{id}/restore", null))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("w.txt", Sources(await Search(pub, "白鹳湿地")));
        history = await staff.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/history");
        Assert.Equal(["withdraw", "restore"], history.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());
    }

    [Fact]
    public async Task A_withdrawal_survives_a_rebuild_and_needs_a_reason()
    {
        using var svc = new TestService();
        svc.AddFile("w.txt", "关于黑鹳的通知\n黑鹳栖息地。");
        await svc.WaitUntilReady();
        var staff = svc.Staff();
        var id = await IdOf(staff, "w.txt");

        using (var r = await staff.PostAsync($"/api/documents/{id}/withdraw", Json(new { reason = " " })))
            Assert.Equal("reason", (await Problem(r)).GetProperty("parameter").GetString());
        await staff.PostAsync($"/api/documents/{id}/withdraw", Json(new { reason = "重复发布" }));
        var jobId = (await (await staff.PostAsync("/api/index/rebuild", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        await WaitForJob(staff, jobId);

        Assert.Empty(Sources(await Search(svc.CreateClient(), "黑鹳")));
        Assert.Equal(["w.txt"], Sources(await Search(staff, "黑鹳")));
    }
}

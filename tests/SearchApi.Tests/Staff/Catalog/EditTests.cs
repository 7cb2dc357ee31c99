using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Gongkai.SearchApi.Tests.Staff.Catalog.CatalogCalls;

namespace Gongkai.SearchApi.Tests.Staff.Catalog;

public class EditTests
{
    [Fact]
    public async Task A_correction_is_searchable_at_once_and_survives_reingesting_the_file_and_a_full_rebuild()
    {
        using var svc = new TestService();
        var path = svc.AddFile("a.txt", Fixtures.Gongwen("张政发〔2017〕3号", "关于原标题的通知", "梅花鹿保护工作。"));
        await svc.WaitUntilReady();
        var staff = svc.Staff();
        var id = await IdOf(staff, "a.txt");

        using (var r = await staff.PatchAsync($"/api/documents/{id}", Json(new { title = "关于更正后标题的通知", publishedDate = "2017-04-01", kind = "规范性文件" })))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(["a.txt"], Sources(await Search(svc.CreateClient(), "更正后标题")));

        // The file changes: re-ingested, the correction is laid over it again.
        File.WriteAllText(path, Fixtures.Gongwen("张政发〔2017〕3号", "关于原标题的通知", "梅花鹿保护工作，新增麋鹿。"));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        await WaitForBody(svc, id, "麋鹿");
        await AssertCorrected(svc, id);

        var rebuild = await staff.PostAsync("/api/index/rebuild", null);
        Assert.True(rebuild.StatusCode == HttpStatusCode.Accepted, await rebuild.Content.ReadAsStringAsync());
        var jobId = (await rebuild.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        Assert.Equal("succeeded", (await WaitForJob(staff, jobId)).GetProperty("state").GetString());
        await AssertCorrected(svc, id);
        Assert.Equal(["a.txt"], Sources(await Search(svc.CreateClient(), "更正后标题")));
    }

    [Fact]
    public async Task A_validity_change_records_repeal_date_and_successor_and_the_history_says_who()
    {
        using var svc = new TestService();
        svc.AddFile("old.txt", Fixtures.Gongwen("张政发〔2014〕143号", "关于旧办法的通知", "旧的补贴标准。"));
        await svc.WaitUntilReady();
        var staff = svc.Staff();
        var id = await IdOf(staff, "old.txt");
        // Facet values are held per index segment; the edit rewrites the document into a new one.
        Assert.DoesNotContain(FacetValues(await svc.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=旧办法"), "validity"), v => v.StartsWith("废止"));

        using (var r = await staff.PostAsync($"/api/documents/{id}/validity", Json(new { validity = "废止", date = "2018-01-01", supersededBy = "张政发〔2017〕20号" })))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var doc = await svc.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
        Assert.Equal("废止", doc.GetProperty("validity").GetString());
        var search = await svc.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=旧办法&validity=废止");
        Assert.Equal(1, search.GetProperty("total").GetInt32());
        Assert.Equal(["废止:1"], FacetValues(await svc.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=旧办法"), "validity"));

        var history = await staff.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/history");
        var entry = Assert.Single(history.GetProperty("history").EnumerateArray());
        Assert.Equal("edit", entry.GetProperty("action").GetString());
        Assert.StartsWith("staff:", entry.GetProperty("actor").GetString());
        Assert.Contains("2018-01-01", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Corrections_that_would_not_take_are_refused_naming_the_field()
    {
        using var svc = new TestService();
        svc.AddFile("a.txt", "关于甲的通知\n正文。");
        await svc.WaitUntilReady();
        var staff = svc.Staff();
        var id = await IdOf(staff, "a.txt");

        foreach (var (body, parameter) in new[]
                 {
                     ("{\"kind\":\"小说\"}", "kind"), ("{\"publishedDate\":\"去年\"}", "publishedDate"), ("{\"docNumber\":\"不是文号\"}", "docNumber"),
                     ("{}", "body"), ("{not json", "body"),
                 })
        {
            using var r = await staff.PatchAsync($"/api/documents/{id}", JsonContent(body));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Equal(parameter, (await Problem(r)).GetProperty("parameter").GetString());
        }
        using (var r = await staff.PostAsync($"/api/documents/{id}/validity", Json(new { validity = "作废" })))
            Assert.Equal("validity", (await Problem(r)).GetProperty("parameter").GetString());
        using (var r = await staff.PatchAsync("/api/documents/0000000000000000", Json(new { title = "x" })))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var r = await svc.CreateClient().PatchAsync($"/api/documents/{id}", Json(new { title = "x" })))
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
    }

    private static async Task AssertCorrected(TestService svc, string id)
    {
        var doc = await svc.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
        Assert.Equal("关于更正后标题的通知", doc.GetProperty("title").GetString());
        Assert.Equal("2017-04-01", doc.GetProperty("publishedDate").GetString());
        Assert.Equal("规范性文件", doc.GetProperty("kind").GetString());
        Assert.Equal("张政发〔2017〕3号", doc.GetProperty("docNumber").GetString());
    }

    private static async Task WaitForBody(TestService svc, string id, string needle)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await svc.WaitUntilReady();
            var doc = await svc.Staff().GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
            if (doc.GetProperty("text").GetString()!.Contains(needle)) return;
            if (DateTime.UtcNow > until) throw new TimeoutException("file not re-ingested");
            await Task.Delay(100);
        }
    }

    private static string[] FacetValues(JsonElement search, string field) =>
        search.GetProperty("facets").GetProperty(field).EnumerateArray()
            .Select(f => $"{f.GetProperty("value").GetString()}:{f.GetProperty("count").GetInt32()}").ToArray();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Gongkai.SearchApi.Tests.Staff.Catalog.CatalogCalls;

namespace Gongkai.SearchApi.Tests.Staff.Catalog;

public class AnnualStatsTests
{
    private static void AddWithSidecar(TestService svc, string name, string text, object meta)
    {
        svc.AddFile(name, text);
        svc.AddFile(Path.GetFileNameWithoutExtension(name) + ".meta.json", JsonSerializer.Serialize(meta));
    }

    [Fact]
    public async Task Annual_statistics_count_the_years_documents_by_month_kind_organ_and_openness_with_failures()
    {
        using var svc = new TestService();
        AddWithSidecar(svc, "a.txt", "关于甲的通知\n正文甲。", new { publishedDate = "2017-03-05", kind = "政府文件", organ = "张店区人民政府" });
        AddWithSidecar(svc, "b.txt", "关于乙的通知\n正文乙。", new { publishedDate = "2017-03-20", kind = "规范性文件", organ = "张店区人民政府办公室" });
        AddWithSidecar(svc, "c.txt", "关于丙的解读\n正文丙。", new { publishedDate = "2017-11-02", kind = "政策解读", organ = "张店区人民政府", interpretsDocNumber = "张政发〔2017〕1号" });
        AddWithSidecar(svc, "d.txt", "关于丁的通知\n正文丁。", new { writtenDate = "2017-07-01", kind = "政府文件", openness = "依申请公开" });
        AddWithSidecar(svc, "e.txt", "关于戊的通知\n正文戊。", new { publishedDate = "2016-12-31", kind = "政府文件" });
        AddWithSidecar(svc, "f.txt", "关于己的通知\n正文己。", new { publishedDate = "2017-05-05", kind = "政府文件", organ = "张店区人民政府" });
        svc.AddFile("broken.docx", [0x50, 0x4B, 0x03, 0x04, 9, 9]);
        await svc.WaitUntilReady();
        var staff = svc.Staff();
        await staff.PostAsync($"/api/documents/{await IdOf(staff, "f.txt")}/withdraw", Json(new { reason = "撤回" }));

        var stats = await staff.GetFromJsonAsync<JsonElement>("/api/stats/annual?year=2017");

        Assert.Equal(5, stats.GetProperty("documents").GetInt32());
        Assert.Equal(3, stats.GetProperty("published").GetInt32());
        Assert.Equal(1, stats.GetProperty("withdrawn").GetInt32());
        var months = stats.GetProperty("byMonth").EnumerateArray().ToDictionary(m => m.GetProperty("month").GetInt32(), m => m.GetProperty("count").GetInt32());
        Assert.Equal(12, months.Count);
        Assert.Equal(2, months[3]);
        Assert.Equal(1, months[11]);
        Assert.Equal(0, months[5]);
        Assert.Equal(new Dictionary<string, int> { ["政府文件"] = 1, ["规范性文件"] = 1, ["政策解读"] = 1 }, Counts(stats, "byKind"));
        Assert.Equal(new Dictionary<string, int> { ["张店区人民政府"] = 2, ["张店区人民政府办公室"] = 1 }, Counts(stats, "byOrgan"));
        Assert.Equal(new Dictionary<string, int> { ["主动公开"] = 4, ["依申请公开"] = 1 }, Counts(stats, "byOpenness"));
        Assert.Equal(new Dictionary<string, int> { ["张政发〔2017〕1号"] = 1 }, Counts(stats, "interpretations"));
        Assert.Equal(1, stats.GetProperty("failures").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Annual_statistics_need_a_staff_key_and_a_year()
    {
        using var svc = new TestService();
        await svc.WaitUntilReady();
        Assert.Equal(HttpStatusCode.Unauthorized, (await svc.CreateClient().GetAsync("/api/stats/annual?year=2017")).StatusCode);
        using var r = await svc.Staff().GetAsync("/api/stats/annual?year=二〇一七");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("year", (await Problem(r)).GetProperty("parameter").GetString());
    }

    private static Dictionary<string, int> Counts(JsonElement stats, string name) =>
        stats.GetProperty(name).EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
}

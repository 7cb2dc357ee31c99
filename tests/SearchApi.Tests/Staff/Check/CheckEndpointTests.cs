using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.SearchApi.Tests.Staff.Check;

[Trait("Category", "Integration")]
public sealed class CheckEndpointTests
{
    [Theory]
    [InlineData("POST", "/api/check")]
    [InlineData("POST", "/api/answer")]
    [InlineData("POST", "/api/answer/reply.docx")]
    [InlineData("GET", "/api/answer/reply.docx?request=垃圾分类")]
    public async Task StaffCallIsRefusedWithoutKey(string method, string path)
    {
        using var service = StaffCorpus.Start();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = JsonContent.Create(new { text = "草稿", request = "垃圾分类" });
        var response = await service.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ReformattedReorderedCopyWithChangedFiguresIsPublished()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();
        // No header, paragraphs reordered, figures and dates changed, ASCII punctuation, a sentence added, line breaks moved.
        var p = StaffCorpus.WasteParagraphs;
        var draft = string.Join("\n\n", p[2], p[0].Replace("3处", "5处"), p[3].Replace("2018", "2019").Replace("90%", "95%"), p[1])
            .Replace("，", ",").Replace("。", ".\n") + "五、本通知自印发之日起施行,由区城市管理局负责解释.";

        var result = await Check(service, new { text = draft });

        Assert.True(result.GetProperty("published").GetBoolean());
        var match = result.GetProperty("matches")[0];
        Assert.Equal(StaffCorpus.WasteSource, match.GetProperty("source").GetString());
        Assert.Equal("text", match.GetProperty("matchType").GetString());
        Assert.InRange(match.GetProperty("similarity").GetDouble(), 0.6, 1.0);
        var passages = match.GetProperty("sharedPassages").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.NotEmpty(passages);
        Assert.Contains(passages, x => x.Contains("厨余垃圾实行日产日清"));
    }

    [Fact]
    public async Task SameSubjectDifferentDocumentIsNotPublished()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();
        var draft = Fixtures.Gongwen("张政办发〔2018〕3号", "关于开展垃圾分类进校园活动的通知",
            "一、活动对象。全区中小学校和幼儿园的师生，每所学校确定一名垃圾分类指导员。\n" +
            "二、活动内容。开展垃圾分类主题班会、手抄报比赛和家庭分类打卡，评选垃圾分类示范班级。\n" +
            "三、时间安排。活动自三月启动，六月底前完成总结，优秀案例在区教育局网站展示。");

        var result = await Check(service, new { text = draft });

        Assert.False(result.GetProperty("published").GetBoolean());
        Assert.Equal(0, result.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task DraftOfOnlyBoilerplateIsNotPublished()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();
        // Header, 主送 line, closing and openness marker: shared by every document of the district.
        var draft = Fixtures.Gongwen("", "", "现将有关事项通知如下。");

        var result = await Check(service, new { text = draft });

        Assert.False(result.GetProperty("published").GetBoolean());
    }

    [Fact]
    public async Task DocNumberTypedAnotherWayMatchesExactly()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();

        var result = await Check(service, new { text = "全新的草稿正文", docNumber = "张政办发[2017]15号" });

        Assert.True(result.GetProperty("published").GetBoolean());
        var match = result.GetProperty("matches")[0];
        Assert.Equal("docNumber", match.GetProperty("matchType").GetString());
        Assert.Equal(StaffCorpus.WasteNumber, match.GetProperty("docNumber").GetString());
    }

    [Fact]
    public async Task OwnDocNumberInDraftHeaderMatches()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();
        var draft = Fixtures.Gongwen("张政办发〔2017〕22号", "关于开展道路巡查的通知", "请各镇认真组织实施。");

        var result = await Check(service, new { text = draft });

        Assert.True(result.GetProperty("published").GetBoolean());
        Assert.Equal("gov/roads.txt", result.GetProperty("matches")[0].GetProperty("source").GetString());
        Assert.Equal("docNumber", result.GetProperty("matches")[0].GetProperty("matchType").GetString());
    }

    [Fact]
    public async Task SameTitleMatches()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();

        var result = await Check(service, new { text = "", title = "《关于加强城市生活垃圾分类管理工作的通知》" });

        Assert.True(result.GetProperty("published").GetBoolean());
        Assert.Equal("title", result.GetProperty("matches")[0].GetProperty("matchType").GetString());
    }

    [Fact]
    public async Task OnRequestDocumentIsMatchedAndMarkedForStaff()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();
        var draft = "第二条 区审计局每三年对各村居财务收支情况至少审计一次，村居主要负责人离任时实行离任经济责任审计。\n" +
                    "第一条 为规范村居集体资金、资产、资源管理，加强对村居干部的监督，结合本区实际制定本办法。";

        var result = await Check(service, new { text = draft });

        var match = result.GetProperty("matches")[0];
        Assert.Equal(StaffCorpus.AuditSource, match.GetProperty("source").GetString());
        Assert.Equal("依申请公开", match.GetProperty("openness").GetString());
    }

    [Fact]
    public async Task UploadedDocxIsExtractedAndChecked()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Fixtures.Docx([StaffCorpus.WasteTitle, .. StaffCorpus.WasteParagraphs.Reverse()]));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", "草稿.docx");

        var response = await service.Staff().PostAsync("/api/check", form);

        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("published").GetBoolean());
        Assert.Equal(StaffCorpus.WasteSource, result.GetProperty("matches")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task UnreadableDocNumberIsRefusedNamingTheParameter()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();

        var response = await service.Staff().PostAsJsonAsync("/api/check", new { text = "草稿", docNumber = "第十五号" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("docNumber", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> Check(TestService service, object body)
    {
        var response = await service.Staff().PostAsJsonAsync("/api/check", body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

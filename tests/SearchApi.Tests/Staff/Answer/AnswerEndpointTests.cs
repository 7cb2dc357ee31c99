using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.SearchApi.Tests.Staff.Check;

namespace Gongkai.SearchApi.Tests.Staff.Answer;

[Trait("Category", "Integration")]
public sealed class AnswerEndpointTests
{
    private const string WasteRequest = "本人申请公开张店区关于加强城市生活垃圾分类管理工作的文件。";

    [Fact]
    public async Task RequestForPublishedDocumentCitesItWithPermanentLink()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();

        var result = await Answer(service, WasteRequest);

        Assert.True(result.GetProperty("answerable").GetBoolean());
        var first = result.GetProperty("candidates")[0];
        Assert.Equal(StaffCorpus.WasteSource, first.GetProperty("source").GetString());
        var citation = first.GetProperty("citation");
        Assert.Equal(StaffCorpus.WasteNumber, citation.GetProperty("docNumber").GetString());
        var id = first.GetProperty("id").GetString()!;
        Assert.Equal($"http://localhost/documents/{Uri.EscapeDataString(id)}", citation.GetProperty("link").GetString());
        var reply = result.GetProperty("reply").GetString()!;
        Assert.Contains("主动公开", reply);
        Assert.Contains($"《{StaffCorpus.WasteTitle}》（{StaffCorpus.WasteNumber}", reply);
        Assert.Contains(citation.GetProperty("link").GetString()!, reply);
    }

    [Fact]
    public async Task UnrelatedRequestIsNotAnswerableAndCitesNothing()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();

        var result = await Answer(service, "申请公开本市地铁3号线一期工程的环境影响评价报告书及环评批复。");

        Assert.False(result.GetProperty("answerable").GetBoolean());
        Assert.Equal(0, result.GetProperty("candidates").GetArrayLength());
        var reply = result.GetProperty("reply").GetString()!;
        Assert.Contains("未找到", reply);
        Assert.Contains("第三十六条", reply);
    }

    [Fact]
    public async Task OnRequestDocumentIsNeverCitedAsPublished()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();

        var result = await Answer(service, "申请公开张店区村居审计办法，即区审计局对村居财务收支和离任经济责任审计的规定。");

        Assert.DoesNotContain(result.GetProperty("candidates").EnumerateArray(),
            c => c.GetProperty("source").GetString() == StaffCorpus.AuditSource);
        Assert.False(result.GetProperty("answerable").GetBoolean());
    }

    [Fact]
    public async Task ReplyDocxOpensAndContainsTheCitation()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();

        var response = await service.Staff().PostAsJsonAsync("/api/answer/reply.docx", new { request = WasteRequest });

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var text = string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("政府信息公开申请答复书（草稿）", text);
        Assert.Contains($"《{StaffCorpus.WasteTitle}》", text);
        Assert.Contains($"文号：{StaffCorpus.WasteNumber}", text);
        Assert.Contains("http://localhost/documents/", text);
    }

    [Fact]
    public async Task MissingRequestIsRefusedNamingTheParameter()
    {
        using var service = StaffCorpus.Start();
        await service.WaitUntilReady();

        var response = await service.Staff().PostAsJsonAsync("/api/answer", new { request = "  " });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("request", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> Answer(TestService service, string request)
    {
        var response = await service.Staff().PostAsJsonAsync("/api/answer", new { request });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

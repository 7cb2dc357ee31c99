using Gongkai.SearchApi.Errors;
using Gongkai.SearchApi.Hosting;
using Gongkai.SearchApi.Staff.Answer;
using Gongkai.SearchApi.Staff.Check;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.SearchApi.Endpoints;

/// <summary>Staff tools: "already published?" and answering 依申请公开 requests. Every call needs a staff key.</summary>
public static class StaffCheckEndpoints
{
    public const int MaxTextChars = 500_000;
    public const int MaxRequestChars = 2_000;

    public static IEndpointRouteBuilder MapStaffCheck(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/check", Check).RequireStaff().DisableAntiforgery();
        app.MapPost("/api/answer", Answer).RequireStaff();
        app.MapPost("/api/answer/reply.docx", ReplyDocx).RequireStaff();
        app.MapGet("/api/answer/reply.docx", ReplyDocx).RequireStaff();
        return app;
    }

    private static async Task<Ok<CheckResponse>> Check(HttpContext http, CheckService check, DraftUpload upload)
    {
        CheckDraft draft;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var file = form.Files["file"] ?? throw ApiException.BadParameter("file", "请上传草稿文件（.docx、.pdf 或 .txt）");
            draft = new CheckDraft(await upload.TextOf(file, http.RequestAborted), Field(form["title"]), Field(form["docNumber"]));
        }
        else
        {
            draft = await Body<CheckDraft>(http, "text");
        }
        if (draft.Text is { Length: > MaxTextChars })
            throw new ApiException(ErrorCode.PayloadTooLarge, $"参数 text 过长：最多 {MaxTextChars} 个字符", "text");
        return TypedResults.Ok(check.Check(draft));
    }

    private static async Task<Ok<AnswerResponse>> Answer(HttpContext http, AnswerService answers)
    {
        var body = await Body<AnswerRequest>(http, "request");
        return TypedResults.Ok(answers.Answer(Request(body.Request), BaseUrl(http)));
    }

    private static async Task<FileContentHttpResult> ReplyDocx(HttpContext http, AnswerService answers)
    {
        var request = HttpMethods.IsGet(http.Request.Method)
            ? Field(http.Request.Query["request"])
            : (await Body<AnswerRequest>(http, "request")).Request;
        var answer = answers.Answer(Request(request), BaseUrl(http));
        return TypedResults.File(ReplyDocument.Build(answer), ReplyDocument.ContentType, "政府信息公开申请答复书（草稿）.docx");
    }

    private static string Request(string? request)
    {
        var r = Querying.SearchRequest.Clean(request) ?? throw ApiException.BadParameter("request", "请提供申请人所申请的内容");
        if (r.Length > MaxRequestChars) throw ApiException.BadParameter("request", $"最多 {MaxRequestChars} 个字符");
        return r;
    }

    private static async Task<T> Body<T>(HttpContext http, string parameter) where T : class
    {
        try
        {
            return await http.Request.ReadFromJsonAsync<T>(http.RequestAborted)
                   ?? throw ApiException.BadParameter(parameter, "请求体应为 JSON 对象");
        }
        catch (System.Text.Json.JsonException)
        {
            throw ApiException.BadParameter(parameter, "请求体不是有效的 JSON");
        }
        catch (InvalidOperationException)
        {
            throw new ApiException(ErrorCode.UnsupportedMediaType, "请求体应为 application/json 或 multipart/form-data", parameter);
        }
    }

    private static string? Field(Microsoft.Extensions.Primitives.StringValues v) => Querying.SearchRequest.Clean(v.FirstOrDefault());

    /// <summary>Scheme and host of the request: citations link to the document page on the server the staff member used.</summary>
    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}

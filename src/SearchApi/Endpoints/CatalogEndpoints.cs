using System.Text.Json;
using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Extraction;
using Gongkai.Indexer.Jobs;
using Gongkai.Indexer.Uploads;
using Gongkai.SearchApi.Errors;
using Gongkai.SearchApi.Hosting;
using Gongkai.SearchApi.Staff.Catalog;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Endpoints;

/// <summary>Staff catalog management: uploads and their jobs, corrections, validity, withdrawal, rebuild, statistics.</summary>
public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapStaffCatalog(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api").RequireStaff();
        staff.MapPost("/documents", Upload);
        staff.MapGet("/jobs/{id}", Job);
        staff.MapPatch("/documents/{id}", Edit);
        staff.MapPost("/documents/{id}/validity", Validity);
        staff.MapPost("/documents/{id}/withdraw", Withdraw);
        staff.MapPost("/documents/{id}/restore", Restore);
        staff.MapGet("/documents/{id}/history", History);
        staff.MapPost("/index/rebuild", Rebuild);
        staff.MapGet("/stats/annual", Annual);
        return app;
    }

    private static async Task<Accepted<JobAccepted>> Upload(HttpContext http, UploadService uploads,
        IOptions<UploadOptions> options, CancellationToken cancel)
    {
        var (file, metadata) = await UploadForm.ReadAsync(http, options.Value.MaxBytes, cancel);
        var name = UploadFileName.Sanitise(file.FileName);
        if (!DocumentExtractors.IsSupported(name))
            throw new ApiException(ErrorCode.UnsupportedMediaType, $"不支持的文件格式（{name}）：请上传 .docx、.pdf、.html 或 .txt", UploadForm.FileField);
        MetadataValidator.Validate(metadata);
        await using var content = file.OpenReadStream();
        var job = await uploads.AcceptAsync(content, file.FileName, metadata, cancel);
        return TypedResults.Accepted($"/api/jobs/{job.Id}", new JobAccepted(job.Id));
    }

    private static Results<Ok<JobView>, ProblemHttpResult> Job(string id, IJobStore jobs) =>
        jobs.Get(id) is { } job ? TypedResults.Ok(JobView.From(job)) : ProblemMiddleware.Result(ErrorCode.NotFound, $"未找到任务 {id}", "id");

    private static async Task<Results<Ok<CatalogRecordView>, ProblemHttpResult>> Edit(string id, HttpContext http, CatalogEditor editor, CancellationToken cancel)
    {
        var edit = MetadataValidator.Validate(await ReadJson<ProvidedMetadata>(http, cancel));
        if (MetadataValidator.IsEmpty(edit)) throw ApiException.BadParameter("body", "请至少提供一个要更正的字段，例如 {\"title\": \"…\"}");
        return Changed(id, editor.Edit(id, edit, StaffAccess.Actor(http)));
    }

    private static async Task<Results<Ok<CatalogRecordView>, ProblemHttpResult>> Validity(string id, HttpContext http, CatalogEditor editor, CancellationToken cancel)
    {
        var body = await ReadJson<ValidityRequest>(http, cancel);
        if (string.IsNullOrWhiteSpace(body.Validity)) throw ApiException.BadParameter("validity", "应为 " + string.Join(" / ", Validities.All) + " 之一");
        var edit = MetadataValidator.Validate(new ProvidedMetadata { Validity = body.Validity, RepealedDate = body.Date, SupersededBy = body.SupersededBy });
        return Changed(id, editor.Edit(id, edit, StaffAccess.Actor(http)));
    }

    private static async Task<Results<Ok<CatalogRecordView>, ProblemHttpResult>> Withdraw(string id, HttpContext http, CatalogEditor editor, CancellationToken cancel)
    {
        var body = await ReadJson<WithdrawRequest>(http, cancel);
        if (string.IsNullOrWhiteSpace(body.Reason)) throw ApiException.BadParameter("reason", "请说明撤回原因");
        return Changed(id, editor.SetWithdrawn(id, true, StaffAccess.Actor(http), body.Reason.Trim()));
    }

    private static async Task<Results<Ok<CatalogRecordView>, ProblemHttpResult>> Restore(string id, HttpContext http, CatalogEditor editor, CancellationToken cancel)
    {
        var reason = http.Request.ContentLength is > 0 ? (await ReadJson<WithdrawRequest>(http, cancel)).Reason : null;
        return Changed(id, editor.SetWithdrawn(id, false, StaffAccess.Actor(http), reason?.Trim()));
    }

    private static Results<Ok<HistoryView>, ProblemHttpResult> History(string id, ICatalogStore store)
    {
        var history = store.History(id);
        if (history.Count == 0 && store.GetDocument(id) is null) return NotFound(id);
        return TypedResults.Ok(new HistoryView(id, store.IsWithdrawn(id), history.Select(HistoryEntry.From).ToList()));
    }

    private static Accepted<JobAccepted> Rebuild(IndexRebuilder rebuilder, IBackgroundJobClient background)
    {
        var job = rebuilder.Request(out var isNew);
        if (isNew) background.Enqueue<RebuildIndexJob>(j => j.Run(job.Id));
        return TypedResults.Accepted($"/api/jobs/{job.Id}", new JobAccepted(job.Id));
    }

    private static Ok<AnnualStats> Annual(HttpContext http, AnnualStatistics stats)
    {
        var text = http.Request.Query["year"].ToString();
        if (!int.TryParse(text, out var year) || year is < 1900 or > 2100)
            throw ApiException.BadParameter("year", "应为四位年份，例如 2017");
        return TypedResults.Ok(stats.Compute(year));
    }

    private static Results<Ok<CatalogRecordView>, ProblemHttpResult> Changed(string id, CatalogDocument? document) =>
        document is null ? NotFound(id) : TypedResults.Ok(CatalogRecordView.From(document));

    private static ProblemHttpResult NotFound(string id) => ProblemMiddleware.Result(ErrorCode.NotFound, $"未找到文档 {id}", "id");

    /// <summary>Reads the JSON body; a wrong content type is a 415, malformed JSON a 400, both naming the body.</summary>
    private static async Task<T> ReadJson<T>(HttpContext http, CancellationToken cancel) where T : class
    {
        if (!http.Request.HasJsonContentType())
            throw new ApiException(ErrorCode.UnsupportedMediaType, "请求体应为 JSON（Content-Type: application/json）", "body");
        try
        {
            return await http.Request.ReadFromJsonAsync<T>(cancel) ?? throw ApiException.BadParameter("body", "请求体不能为空");
        }
        catch (JsonException e)
        {
            throw ApiException.BadParameter("body", "JSON 格式错误：" + e.Message);
        }
    }
}

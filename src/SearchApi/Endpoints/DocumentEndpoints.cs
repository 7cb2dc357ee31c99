using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Indexing;
using Gongkai.SearchApi.Contracts;
using Gongkai.SearchApi.Errors;
using Gongkai.SearchApi.Hosting;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Endpoints;

public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id}", Get);
        app.MapGet("/api/documents", BySource);
        app.MapGet("/api/documents/{id}/original", Original);
        return app;
    }

    private static Results<Ok<DocumentDetail>, ProblemHttpResult> Get(string id, HttpContext http, SearchService search,
        DocumentRelationsService relations, StaffAccess staff)
    {
        var isStaff = staff.IsStaff(http);
        // A document the public may not see answers exactly like one that does not exist.
        if (search.Get(id, isStaff) is not { } doc) return NotFound(id);
        return TypedResults.Ok(DocumentDetail.From(doc, relations.For(doc, isStaff)));
    }

    private static Ok<HitList> BySource(HttpContext http, SearchService search, StaffAccess staff)
    {
        var source = SearchRequest.Clean(http.Request.Query["source"])
                     ?? throw ApiException.BadParameter("source", "请提供文件相对于语料目录的路径");
        var docs = search.Find(new TermQuery(new Term(IndexFields.Source, DocumentId.NormaliseSource(source))), staff.IsStaff(http), 10);
        return TypedResults.Ok(new HitList(docs.Select(d => Hit.From(d)).ToList()));
    }

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> Original(string id, HttpContext http, SearchService search,
        StaffAccess staff, IOptions<CorpusOptions> corpus, IOptions<DataOptions> data)
    {
        if (search.Find(new TermQuery(IndexSchema.KeyTerm(id)), staff.IsStaff(http), 1) is not [var doc]) return NotFound(id);
        var path = OriginalPath(doc.Source, corpus.Value.Path, data.Value.UploadsPath);
        if (path is null || !File.Exists(path)) return ProblemMiddleware.Result(ErrorCode.NotFound, "原文件已不在存储中", "id");
        new FileExtensionContentTypeProvider().TryGetContentType(path, out var type);
        return TypedResults.PhysicalFile(path, type ?? "application/octet-stream", Path.GetFileName(path));
    }

    /// <summary>Where the original of a source is kept; null if the path would leave its folder.</summary>
    public static string? OriginalPath(string source, string corpusRoot, string uploadsRoot)
    {
        var (root, rel) = source.StartsWith(CorpusScanner.UploadPrefix, StringComparison.Ordinal)
            ? (uploadsRoot, source[CorpusScanner.UploadPrefix.Length..])
            : (corpusRoot, source);
        var full = Path.GetFullPath(Path.Combine(root, rel));
        return full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static ProblemHttpResult NotFound(string id) => ProblemMiddleware.Result(ErrorCode.NotFound, $"未找到文档 {id}", "id");
}

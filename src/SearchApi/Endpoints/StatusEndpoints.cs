using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Indexing;
using Gongkai.SearchApi.Contracts;
using Gongkai.SearchApi.Hosting;
using Gongkai.SearchApi.Querying;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.SearchApi.Endpoints;

public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/status", Status);
        app.MapGet("/api/failures", Failures).RequireStaff();
        return app;
    }

    private static Ok<StatusResponse> Status(ICatalogStore store, CatalogIndex index, IngestProgress progress, IndexHost host, IndexCompaction compaction, SearchService search)
    {
        var counts = store.Counts();
        // Not while a document the catalog no longer counts as pending is still on its way to the index writer:
        // a search right after "ready" would miss it (seen once in the crash test: catalog 506, index 505).
        var ingested = progress.ScanSettled && counts.Pending == 0 && !index.Writing && !compaction.Due;
        // "ready" promises that what was ingested is searchable now, not after the next refresh tick,
        // at full speed (compacted, see IndexCompaction) and ranked in full: the copy finder's tables
        // of the refreshed searcher are built (warm).
        if (ingested) host.Refresh();
        var warm = search.Warm();
        var (cached, computed) = search.CacheCounts;
        var postings = search.PostingsCounts;
        return TypedResults.Ok(new StatusResponse(counts.Documents, counts.Pending, counts.Failed, ingested && warm,
            host.IndexSizeBytes(), progress.LastScanFinished?.ToString("O"), warm, cached, computed, postings.Hits, postings.Misses, postings.Bytes));
    }

    private static Ok<IReadOnlyList<FailureRow>> Failures(ICatalogStore store) =>
        TypedResults.Ok((IReadOnlyList<FailureRow>)store.ListFailures()
            .Select(f => new FailureRow(f.Source, f.Reason?.ToString() ?? "", f.Message, f.UpdatedAt.ToString("O"))).ToList());
}

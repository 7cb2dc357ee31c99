using Gongkai.Core.Domain;

namespace Gongkai.SearchApi.Contracts;

/// <summary>One result as the HTTP contract defines it. Dates are yyyy-MM-dd; snippet is HTML-escaped with &lt;mark&gt;.</summary>
public sealed record Hit(
    string Id, string Source, string Title, string? DocNumber, string? IndexNumber, string? Organ,
    string? WrittenDate, string? PublishedDate, string Kind, string? Category, string Validity,
    string? Snippet, float Score)
{
    /// <summary>The one mapping from a catalog record to the wire shape. A NaN or infinite score (JSON has none) is sent as 0.</summary>
    public static Hit From(CatalogDocument d, string? snippet = null, float score = 0) => new(
        d.Id, d.Source, d.Title, d.DocNumber, d.IndexNumber, d.Organ, Day(d.WrittenDate), Day(d.PublishedDate),
        d.Kind, d.Category, d.Validity, snippet, float.IsFinite(score) ? score : 0);

    public static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd");
}

public sealed record FacetValue(string Value, int Count);

public sealed record SearchResponse(
    int Total, int Page, int Size, IReadOnlyList<Hit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    bool Relaxed);

public sealed record HitList(IReadOnlyList<Hit> Hits);

public sealed record Suggestion(string Text, string? Id);

public sealed record SuggestResponse(IReadOnlyList<Suggestion> Suggestions);

/// <param name="Warm">Every index segment's copy table is built (<see cref="Querying.CopyFinder"/>): searches run at full
/// speed and rank copies everywhere. False for a while after a large index is opened or merged.</param>
/// <param name="SearchesFromCache">Searches since start answered from the ranking cache (only their page read).</param>
/// <param name="SearchesComputed">Searches since start computed over the index.</param>
/// <param name="PostingsFromCache">Postings lists of frequent terms and phrases read from the postings cache since start (<see cref="Querying.PostingsCache"/>).</param>
/// <param name="PostingsDecoded">Lists decoded into it since start.</param>
/// <param name="PostingsCacheBytes">Memory its entries take now.</param>
public sealed record StatusResponse(int Documents, int Pending, int Failed, bool Ready, long IndexBytes, string? LastScan, bool Warm,
    long SearchesFromCache, long SearchesComputed, long PostingsFromCache, long PostingsDecoded, long PostingsCacheBytes);

public sealed record FailureRow(string Source, string Reason, string? Message, string UpdatedAt);

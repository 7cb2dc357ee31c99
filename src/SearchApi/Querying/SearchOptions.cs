namespace Gongkai.SearchApi.Querying;

/// <summary>Settings of the search itself (configuration section "Search").</summary>
public sealed class SearchOptions
{
    /// <summary>
    /// Searches whose ranked hits, total and facets are kept for the current searcher (<see cref="ResultCache"/>);
    /// 0 turns the cache off. An entry takes ≈ 10–20 KB (100 hits, at most 50 values per facet), at most ≈ 60 KB
    /// (<see cref="ResultCache.MaxHitsKept"/>).
    /// </summary>
    public int CachedResults { get; set; } = 1024;

    /// <summary>
    /// Memory for the decoded postings of frequent terms (<see cref="PostingsCache"/>), in megabytes; 0 turns it off.
    /// 7 bytes a posting: the frequent terms of the 200k-document benchmark index took ≈ 140 MB (docs/benchmarks.md).
    /// </summary>
    public int PostingsCacheMegabytes { get; set; } = 256;

    /// <summary>Documents a term or phrase must be in for its postings to be kept (<see cref="PostingsCache"/>): shorter lists are cheap to read.</summary>
    public int PostingsCacheMinDocs { get; set; } = PostingsCache.DefaultMinDocFreq;

    /// <summary>
    /// The search run once in the background at start (<see cref="Hosting.SearchWarmup"/>); empty: none. Any
    /// query will do — its analysis, facets and ranking touch what every search needs — so one common in the catalog.
    /// </summary>
    public string WarmUpQuery { get; set; } = "政府信息公开";
}

using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Indexing;
using Gongkai.SearchApi.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Answers searches from the shared near-real-time searcher: builds the query, applies filters,
/// counts facets for the current query (each facet with the other filters applied), and loads
/// stored fields and snippets only for the page shown. Rankings are kept per searcher (<see cref="ResultCache"/>):
/// the next page of a search, or the same search again, reads only its page.
/// </summary>
public sealed class SearchService(IndexHost host, QueryBuilder builder, IOptions<SearchOptions> options)
{
    public static readonly string[] FacetFields = [IndexFields.Year, IndexFields.Organ, IndexFields.Kind, IndexFields.Category, IndexFields.Validity];

    /// <summary>Values shown per facet.</summary>
    public const int FacetValuesShown = 50;

    private readonly ResultCache _cache = new(options.Value.CachedResults);

    private readonly PostingsCache _postings = new(options.Value.PostingsCacheMegabytes * 1024L * 1024, options.Value.PostingsCacheMinDocs);

    /// <summary>Postings lists read from the cache and decoded into it since start, and the bytes it holds.</summary>
    public (long Hits, long Misses, long Bytes) PostingsCounts => _postings.Counts;

    /// <summary>Searches answered from the ranking cache, and computed, since start.</summary>
    public (long Hits, long Misses) CacheCounts => _cache.Counts;

    public SearchResponse Search(SearchRequest request, bool staff)
    {
        var user = UserQuery.Parse(request.Query);
        return host.Search(searcher =>
        {
            var key = ResultCache.Key.Of(request, staff);
            if (_cache.Get(searcher.IndexReader, key, request.Page * request.Size) is not { } ranking)
            {
                ranking = Rank(searcher, request, user, staff);
                _cache.Put(searcher.IndexReader, key, ranking);
            }
            return Page(searcher, request, user, ranking);
        });
    }

    /// <summary>The search over the whole index; relaxed (any one concept will do) when the query as typed finds nothing.</summary>
    private Ranking Rank(IndexSearcher searcher, SearchRequest request, UserQuery user, bool staff)
    {
        var relaxed = false;
        var found = Answer(searcher, request, TextQuery(searcher, user, request.Query, relaxed: false), staff);
        if (found.Total == 0 && !user.IsEmpty && TextQuery(searcher, user, request.Query, relaxed: true) is { } loose)
        {
            found = Answer(searcher, request, loose, staff);
            relaxed = true;
        }
        var facets = found.Facets.ToDictionary(kv => kv.Key,
            kv => (IReadOnlyList<FacetValue>)kv.Value.Take(FacetValuesShown).Select(v => new FacetValue(v.Value, v.Count)).ToList());
        return new Ranking(found.Window, Window(request), found.Total, facets, relaxed);
    }

    /// <summary>
    /// Runs one search to the end and keeps nothing of it (not in the ranking cache, not in its counts): what the
    /// first search after start would otherwise pay — SmartCn's dictionaries, the places learnt from the index,
    /// each segment's facet tables and norms, the code of the query path — is paid before anyone asks
    /// (see <see cref="Hosting.SearchWarmup"/>). Returns the hits found.
    /// </summary>
    public int WarmUp(string query) => host.Search(searcher =>
    {
        var request = new SearchRequest { Query = query };
        var user = UserQuery.Parse(query);
        return Page(searcher, request, user, Rank(searcher, request, user, staff: false)).Total;
    });

    /// <summary>Whether the current searcher is warm: every segment's copy table built (asking starts the builds).</summary>
    public bool Warm() => host.Search(CopyFinder.Ready);

    /// <summary>Why the document <paramref name="id"/> scores as it does for <paramref name="typed"/> (diagnostics: the relevance harness).</summary>
    public string Explain(string typed, string id) => host.Search(searcher =>
    {
        var user = UserQuery.Parse(typed);
        if (TextQuery(searcher, user, typed, relaxed: false) is not { } q) return "no query";
        var top = searcher.Search(new TermQuery(IndexSchema.KeyTerm(id)), 1);
        return top.TotalHits == 0 ? "no such document" : searcher.Explain(q.Rank, top.ScoreDocs[0].Doc).ToString();
    });

    /// <summary>Documents whose 文号 or 索引号 is <paramref name="number"/>, typed any way.</summary>
    public IReadOnlyList<Hit> Lookup(string number, bool staff) => host.Search(searcher =>
    {
        if (NumberQuery.Exact(number) is not { } exact) return (IReadOnlyList<Hit>)[];
        var q = Restrict(exact, staff);
        var top = new TopHits(50, SortOrder.Relevance);
        searcher.Search(q, top);
        return top.Best().Select(sd => Hit.From(IndexSchema.ReadMeta(searcher.Doc(sd.Doc, IndexSchema.MetaOnly)), null, sd.Score)).ToList();
    });

    /// <summary>Catalog records matching an exact-field query (relations, source lookups), visible ones only unless staff.</summary>
    public IReadOnlyList<CatalogDocument> Find(Query query, bool staff, int max = 50) => host.Search(searcher =>
    {
        var top = searcher.Search(Restrict(query, staff), max);
        return top.ScoreDocs.Select(sd => IndexSchema.ReadMeta(searcher.Doc(sd.Doc, IndexSchema.MetaOnly))).ToList();
    });

    /// <summary>The full record (with text) of one document, or null; the public never gets a non-public one.</summary>
    public CatalogDocument? Get(string id, bool staff) => host.Search(searcher =>
    {
        var top = searcher.Search(Restrict(new TermQuery(IndexSchema.KeyTerm(id)), staff), 1);
        if (top.TotalHits == 0) return null;
        var stored = searcher.Doc(top.ScoreDocs[0].Doc);
        return IndexSchema.ReadMeta(stored) with { Text = IndexSchema.ReadText(stored) };
    });

    /// <summary>
    /// Runs the search. In relevance order in two phases (<see cref="RankedQuery"/>): the cheap form collects the
    /// matches, total and facets, the full form scores the best <see cref="RankDepth"/>; when those best hits have
    /// copies (see <see cref="CopyFinder"/>), ranks them right below their sources (<see cref="CopyRanking"/>:
    /// without running the search again).
    /// </summary>
    private Collected Answer(IndexSearcher searcher, SearchRequest request, RankedQuery? text, bool staff)
    {
        if (text is null || request.Sort != SortOrder.Relevance)
            return Collect(searcher, request, text?.Match, staff);
        // Matches, total and facets from the cheap form; the best of them scored by the full one.
        var found = Collect(searcher, request, text.Match, staff); // the window reaches RankDepth
        found = Rescoring.Rescore(searcher, text, found, RankDepth, Window(request), builder.Places);
        if (builder.Copies.Of(searcher, found.Window) is { Count: > 0 } copies)
            found = CopyRanking.Rank(searcher, text.Rank, found, copies, Window(request), q => Collect(searcher, request, q, staff, copies.Count));
        return found;
    }

    /// <summary>
    /// How many of the cheap form's best matches the full form scores (<see cref="RankedQuery"/>). The relevance
    /// harness gave the same figures at 50, 100 and 200, at the same cost (docs/benchmarks.md); deeper pages keep the cheap
    /// form's order below them (<see cref="Rescoring"/>).
    /// </summary>
    public const int RankDepth = 100;

    /// <summary>The text query in its two forms, each term looked up once for both (see <see cref="SharedTermStates"/>).</summary>
    private RankedQuery? TextQuery(IndexSearcher searcher, UserQuery user, string raw, bool relaxed)
    {
        if (TextForms(searcher, user, raw, relaxed) is not { } q) return null;
        var shared = new SharedTermStates(searcher, _postings).Share(q.Match, q.Rank);
        return q with { Match = shared[0], Rank = shared[1] };
    }

    private RankedQuery? TextForms(IndexSearcher searcher, UserQuery user, string raw, bool relaxed)
    {
        var text = user.IsEmpty ? null : builder.Build(user, relaxed, searcher);
        if (NumberQuery.Exact(raw) is not { } whole) return text;
        // A typed number puts the exact document first; documents citing it follow. Both forms share these clauses.
        whole.Boost = 1000f;
        var cites = NumberQuery.DocNumberOf(raw) is { } canonical ? new TermQuery(new Term(IndexFields.Cites, canonical)) { Boost = 5f } : null;
        return new RankedQuery(WithNumber(whole, cites, text?.Match), WithNumber(whole, cites, text?.Rank), text?.Places ?? []);
    }

    private static Query WithNumber(Query whole, Query? cites, Query? text)
    {
        var q = new BooleanQuery(disableCoord: true) { { whole, Occur.SHOULD } };
        if (cites is not null) q.Add(cites, Occur.SHOULD);
        if (text is not null) q.Add(text, Occur.SHOULD);
        return q;
    }

    /// <summary>
    /// Hits kept in order: the pages up to the one asked for, and at least the copy finder's sources and the
    /// first <see cref="RankDepth"/> — the cheap form collects that many anyway, and the next pages of the
    /// search are then cut from the cached ranking.
    /// </summary>
    private static int Window(SearchRequest request) => Math.Max(request.Page * request.Size, Math.Max(CopyFinder.Sources, RankDepth));

    /// <param name="window">Hits to keep in order; null: <see cref="Window(SearchRequest)"/>.</param>
    private static Collected Collect(IndexSearcher searcher, SearchRequest request, Query? text, bool staff, int? window = null)
    {
        var filters = Filters(request);
        var size = window ?? Window(request);

        // One pass counts every facet, a filtered one with the other filters applied (so the user sees
        // the alternatives), and collects the hits (relevance: ties in score go to the newer document): no
        // search is re-run per filter. Segments in parts on the cores there are (SegmentParallel), merged.
        var bits = new FilterBits([.. filters.Values], staff ? null : PublicOnly);
        var q = text ?? new MatchAllDocsQuery();
        if (bits.AsFilter() is { } candidates) q = new FilteredQuery(q, candidates);
        var facets = SegmentParallel.Search(searcher, q,
            () => new FacetingCollector(new TopHits(size, request.Sort), FacetFields, bits, [.. filters.Keys]), (all, part) => all.Add(part));
        var top = facets.Hits;
        var counted = facets.Result();
        var counts = FacetFields.Where(f => !filters.ContainsKey(f)).ToDictionary(f => f, f => counted[f]);
        foreach (var field in filters.Keys) counts[field] = counted.TryGetValue(field, out var c) ? c : [];
        return new Collected(top.Best(), top.TotalHits, counts, bits);
    }

    /// <summary>The page asked for: stored fields and snippets of its hits only.</summary>
    private SearchResponse Page(IndexSearcher searcher, SearchRequest request, UserQuery user, Ranking found)
    {
        var needles = builder.Needles(user);
        var hits = found.Hits.Skip((request.Page - 1) * request.Size).Take(request.Size).Select(sd =>
        {
            var stored = searcher.Doc(sd.Doc);
            var meta = IndexSchema.ReadMeta(stored);
            return Hit.From(meta, SnippetBuilder.Build(IndexSchema.ReadText(stored), needles), float.IsNaN(sd.Score) ? 0 : sd.Score);
        }).ToList();
        return new SearchResponse(found.Total, request.Page, request.Size, hits, found.Facets, found.Relaxed);
    }

    private static Dictionary<string, Query> Filters(SearchRequest r)
    {
        var f = new Dictionary<string, Query>();
        if (r.Organ is { } organ) f[IndexFields.Organ] = new TermQuery(new Term(IndexFields.Organ, organ));
        if (r.Year is { } year) f[IndexFields.Year] = new TermQuery(new Term(IndexFields.Year, year.ToString()));
        if (r.Kind is { } kind) f[IndexFields.Kind] = new TermQuery(new Term(IndexFields.Kind, kind));
        if (r.Category is { } cat) f[IndexFields.Category] = new TermQuery(new Term(IndexFields.Category, IndexSchema.TopCategory(cat)));
        if (r.Validity is { } val) f[IndexFields.Validity] = new TermQuery(new Term(IndexFields.Validity, val));
        if (r.From is not null || r.To is not null)
            f[IndexFields.Day] = NumericRangeQuery.NewInt32Range(IndexFields.Day,
                r.From is { } a ? IndexSchema.DayNumber(a) : null, r.To is { } b ? IndexSchema.DayNumber(b) : null, true, true);
        return f;
    }

    // Per-segment cached: the public visibility filter is the same for every public query.
    private static readonly BitSetCachingFilter PublicOnly = new(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Visible, "1"))));

    /// <summary>Adds the visibility filter for the public; staff see everything.</summary>
    public static Query Restrict(Query q, bool staff) => staff ? q : new FilteredQuery(q, PublicOnly);
}

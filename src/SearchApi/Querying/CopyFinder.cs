using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Copies of one document are one document to the person searching: a notice is published as a web
/// page and as a PDF, and catalog records paste (part of) its text without its title or 文号. Such a
/// copy rarely matches the query itself — an excerpt has no title, a record no number — so it is
/// found from the documents the query ranks first: a copy shares their text verbatim. For each of
/// the top hits that scores at least half of the best, documents sharing most of the sampled shingles of the shorter of the two texts
/// (<see cref="CopyShingles"/>) are copies: each ranks at max(own score, 0.9 × its source's), and one
/// that does not match the query becomes a hit at that score, counted in the total and the facets
/// (<see cref="CopyRanking"/> does this without running the search again).
/// </summary>
public sealed class CopyFinder
{
    /// <summary>Top hits whose copies are looked for; only those scoring at least <see cref="SourceShare"/> of the best.</summary>
    /// <remarks>A search collects at least this many hits in order, so that <see cref="Of"/> sees them.</remarks>
    public const int Sources = 5;
    private const float SourceShare = 0.5f;
    /// <summary>A copy ranks at this share of its source's score (or at its own score when that is higher).</summary>
    private const float CopyShare = 0.9f;
    /// <summary>Share of the shorter text's sampled shingles found in the other one: an excerpt, a copy with other page chrome.</summary>
    private const double MinContainment = 0.6;
    /// <summary>Fewer shared samples than this (about 50 characters of text) say too little to call a text a copy.</summary>
    private const int MinShingles = 4;
    /// <summary>A shingle in more documents than this is boilerplate (为进一步促进…), not evidence of copying.</summary>
    private const int CommonDocs = 50;

    /// <summary>Documents whose copies one index state keeps (a few hundred bytes each); then it starts afresh.</summary>
    private const int KnownPerReader = 20_000;

    private static readonly ISet<string> IdAndMeta = new HashSet<string> { IndexFields.Id, IndexFields.Meta };

    /// <summary>
    /// The copies found so far, per index state: they depend on the index only, not on the query, and the same
    /// documents lead many searches (every 公积金 query has the centre's notices first). A refresh brings a new
    /// reader and so an empty table (a new document may be a copy); a closed reader takes its table with it.
    /// </summary>
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<int, IReadOnlyList<(int Doc, string Id)>>> _known = new();
    private long _reused, _computed;

    /// <summary>Sources whose copies were taken from what an earlier search found, and sources looked up (tests, diagnostics).</summary>
    public (long Reused, long Computed) Counts => (Interlocked.Read(ref _reused), Interlocked.Read(ref _computed));

    /// <summary>A copy of one of the best hits: it ranks at <paramref name="Floor"/> or at its own score, whichever is higher.</summary>
    public readonly record struct Copy(int Doc, string Id, float Floor);

    /// <summary>
    /// The copies of the strongest of <paramref name="top"/> (the query's best hits, best first, with
    /// their scores); empty when there are none — then the ranking stands as it is.
    /// </summary>
    public IReadOnlyList<Copy> Of(IndexSearcher searcher, IReadOnlyList<ScoreDoc> top)
    {
        if (top.Count == 0) return [];
        var best = top[0].Score;
        var copies = new List<Copy>();
        var seen = new HashSet<int>(top.Take(Sources).Select(sd => sd.Doc));
        foreach (var sd in top.Take(Sources))
        {
            if (sd.Score < best * SourceShare || float.IsNaN(sd.Score)) break;
            foreach (var copy in Known(searcher, sd.Doc))
                if (seen.Add(copy.Doc)) copies.Add(new Copy(copy.Doc, copy.Id, sd.Score * CopyShare));
        }
        return copies;
    }

    private IReadOnlyList<(int Doc, string Id)> Known(IndexSearcher searcher, int doc)
    {
        var known = _known.GetValue(searcher.IndexReader, _ => new());
        if (known.TryGetValue(doc, out var copies))
        {
            Interlocked.Increment(ref _reused);
            return copies;
        }
        // Read before the search: a table settling meanwhile may leave this answer short, never the kept one wrong.
        var settled = Ready(searcher);
        copies = CopiesOf(searcher, doc);
        Interlocked.Increment(ref _computed);
        // While a segment's table is being built its copies are missing from the answer: not kept.
        if (!settled) return copies;
        if (known.Count >= KnownPerReader) known.Clear();
        known[doc] = copies;
        return copies;
    }

    /// <summary>Whether every segment of <paramref name="searcher"/> has its copy table settled; starts building those that do not.</summary>
    public static bool Ready(IndexSearcher searcher) =>
        searcher.IndexReader.Leaves.Count(leaf => CopyShingles.Settled(leaf.AtomicReader)) == searcher.IndexReader.Leaves.Count;

    /// <summary>Documents that are the same text as <paramref name="doc"/>, or an excerpt of it, or contain it.</summary>
    public static IReadOnlyList<(int Doc, string Id)> CopiesOf(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var home = leaves[ReaderUtil.SubIndex(doc, leaves)];
        // The source's sample is read from its segment's table, not recomputed from its stored text.
        if (CopyShingles.Of(home.AtomicReader) is not { } own) return [];
        var source = own.SampleOf(doc - home.DocBase).ToArray();
        if (source.Length < MinShingles) return [];
        var sourceNumber = IndexSchema.ReadMeta(searcher.Doc(doc, IdAndMeta)).DocNumber;
        var result = new List<(int, string)>();
        foreach (var leaf in leaves)
        {
            var segment = leaf.AtomicReader;
            if (CopyShingles.Of(segment) is not { } shingles) continue;
            var live = segment.LiveDocs;
            foreach (var (local, shared) in shingles.Shared(source, CommonDocs))
            {
                var global = leaf.DocBase + local;
                if (global == doc || shared < MinShingles || live is not null && !live.Get(local)) continue;
                if ((double)shared / Math.Min(shingles.CountOf(local), source.Length) < MinContainment) continue;
                var stored = searcher.Doc(global, IdAndMeta);
                // Two documents that each carry their own, different 文号 are two documents, however
                // alike their text: a series of notices from one template (任免, 批复) is not one notice.
                if (sourceNumber is not null && IndexSchema.ReadMeta(stored).DocNumber is { } number && number != sourceNumber) continue;
                result.Add((global, stored.Get(IndexFields.Id)));
            }
        }
        return result;
    }
}

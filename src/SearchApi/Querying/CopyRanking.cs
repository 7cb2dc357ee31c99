using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Puts copies (see <see cref="CopyFinder"/>) into a ranking already collected, without running the
/// text query over the index again. Each copy's own score comes from the text query restricted to the
/// copies; a copy that matches ranks at max(own, floor); one that does not ranks at its floor and is a
/// new hit, counted into the total and the facets by collecting over those few documents alone, with
/// the search's filters. At 200,000
/// documents the copies of recombined paragraphs made a third of the text searches run twice
/// (docs/benchmarks.md).
/// </summary>
internal static class CopyRanking
{
    /// <param name="found">The search as collected without copies.</param>
    /// <param name="window">How many hits the search keeps in order (its pages so far).</param>
    /// <param name="collect">Collects a query the way the search does (same filters, visibility, facets).</param>
    public static Collected Rank(IndexSearcher searcher, Query text, Collected found, IReadOnlyList<CopyFinder.Copy> copies, int window, Func<Query, Collected> collect)
    {
        var own = searcher.Search(new FilteredQuery(text, new DocsFilter(copies.Select(c => c.Doc).ToList()), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), copies.Count)
            .ScoreDocs.ToDictionary(sd => sd.Doc, sd => sd.Score);
        var leaves = searcher.IndexReader.Leaves;
        var ranked = found.Window.ToDictionary(sd => sd.Doc, sd => (Score: sd.Score, Day: Day(leaves, sd.Doc)));
        // Copies that match the query: already counted; a hit among them now ranks at least at its floor.
        foreach (var c in copies.Where(c => own.ContainsKey(c.Doc)))
        {
            var leaf = Leaf(leaves, c.Doc);
            if (found.Bits.IsHit(leaf, c.Doc - leaf.DocBase)) ranked[c.Doc] = (Math.Max(own[c.Doc], c.Floor), Day(leaves, c.Doc));
        }

        // Copies that do not: hits now (if the filters let them through), to be counted.
        var unmatched = copies.Where(c => !own.ContainsKey(c.Doc)).ToList();
        if (unmatched.Count == 0) return found with { Window = Order(ranked, window) };
        var added = collect(new ConstantScoreQuery(new DocsFilter(unmatched.Select(c => c.Doc).ToList())));
        var floors = unmatched.ToDictionary(c => c.Doc, c => c.Floor);
        foreach (var sd in added.Window) ranked[sd.Doc] = (floors[sd.Doc], Day(leaves, sd.Doc));
        return found with { Window = Order(ranked, window), Total = found.Total + added.Total, Facets = found.FacetsPlus(added) };
    }

    /// <summary>The search's own order (<see cref="TopHits"/>): score, then the newer document, then index order.</summary>
    private static ScoreDoc[] Order(Dictionary<int, (float Score, int Day)> ranked, int window)
    {
        var top = new TopHits(window, SortOrder.Relevance);
        foreach (var (doc, (score, day)) in ranked) top.Offer(score, day, doc);
        return top.Best();
    }

    private static AtomicReaderContext Leaf(IList<AtomicReaderContext> leaves, int doc) => leaves[ReaderUtil.SubIndex(doc, leaves)];

    private static int Day(IList<AtomicReaderContext> leaves, int doc)
    {
        var leaf = Leaf(leaves, doc);
        return FacetOrdinals.For(leaf.AtomicReader).Days(leaf.AtomicReader)[doc - leaf.DocBase];
    }
}

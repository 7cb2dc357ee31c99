using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Scores the first cut of a search (the cheap form's best matches, see <see cref="RankedQuery"/>) with the
/// full form, and orders it the way the collector orders a search: score, then the newer document.
/// When places were typed, a document from another place keeps only <see cref="OtherPlace"/> of its score.
/// </summary>
internal static class Rescoring
{
    /// <summary>
    /// Share of its score a document from another place keeps (the query says 福州, its title or organ says
    /// 佛山市…). Not zero: a province's document may apply to the city asked for, and two places may be typed.
    /// </summary>
    public const float OtherPlace = 0.5f;

    /// <param name="window">How many hits the search keeps in order (its pages so far).</param>
    public static Collected Rescore(IndexSearcher searcher, RankedQuery text, Collected found, int window, PlaceNames places)
    {
        if (found.Window.Length == 0) return found;
        var cut = found.Window.Select(sd => sd.Doc).ToList();
        // Opening the full form's ≈ 30 terms per segment is most of this: segments in parts (SegmentParallel).
        var top = SegmentParallel.Search(searcher, new FilteredQuery(text.Rank, new DocsFilter(cut), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY),
            () => new TopHits(cut.Count, SortOrder.Relevance), (all, part) => all.Add(part));
        var scored = top.Best();
        // The full form matches whatever the cheap one does; should a document slip through, it keeps its place after the rest.
        var rescored = scored.Select(sd => new ScoreDoc(sd.Doc, sd.Score * PlaceShare(searcher.IndexReader, sd.Doc, text.Places, places)));
        if (text.Places.Count > 0)
            rescored = rescored.OrderByDescending(sd => sd.Score).ToList(); // stable: equal scores keep the newer first
        if (scored.Length < cut.Count)
        {
            var seen = scored.Select(sd => sd.Doc).ToHashSet();
            rescored = rescored.Concat(found.Window.Where(sd => !seen.Contains(sd.Doc)).Select(sd => new ScoreDoc(sd.Doc, 0f)));
        }
        return found with { Window = rescored.Take(window).ToArray() };
    }

    private static float PlaceShare(IndexReader reader, int doc, IReadOnlyList<string> typed, PlaceNames places)
    {
        if (typed.Count == 0) return 1f;
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return places.IsFromElsewhere(reader, leaf.AtomicReader, doc - leaf.DocBase, typed) ? OtherPlace : 1f;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Scores the first cut of a search (the cheap form's best matches, see <see cref="RankedQuery"/>) with the
/// full form, and orders it the way the collector orders a search: score, then the newer document.
/// When places were typed, a document from another place keeps only <see cref="OtherPlace"/> of its score.
/// Only the first <c>depth</c> hits are scored again, however deep the page asked for, as a rescore window
/// does elsewhere (Elasticsearch, Solr's ReRank): the hits below keep the cheap form's order, after them.
/// Pages then agree with one another — page 11 once rescored 110 hits, so a hit of page 10 could come again
/// and one below it never — and a page 50 costs what a page 1 does (it rescored 500 hits: the deep pages'
/// share of the benchmark mix's CPU, bench/changes.md, session 15).
/// </summary>
internal static class Rescoring
{
    /// <summary>
    /// Share of its score a document from another place keeps (the query says 福州, its title or organ says
    /// 佛山市…). Not zero: a province's document may apply to the city asked for, and two places may be typed.
    /// </summary>
    public const float OtherPlace = 0.5f;

    /// <param name="depth">How many of the first hits the full form scores.</param>
    /// <param name="window">How many hits the search keeps in order (its pages so far).</param>
    public static Collected Rescore(IndexSearcher searcher, RankedQuery text, Collected found, int depth, int window, PlaceNames places)
    {
        if (found.Window.Length == 0) return found;
        var head = found.Window.Take(depth).ToArray();
        var cut = head.Select(sd => sd.Doc).ToList();
        // Opening the full form's ≈ 30 terms per segment is most of this: segments in parts (SegmentParallel).
        var top = SegmentParallel.Search(searcher, new FilteredQuery(text.Rank, new DocsFilter(cut), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY),
            () => new TopHits(cut.Count, SortOrder.Relevance), (all, part) => all.Add(part));
        var scored = top.Best();
        // The full form matches whatever the cheap one does; should a document slip through, it keeps its place after the rest.
        var rescored = Placed(searcher, scored, text, places);
        if (scored.Length < cut.Count)
        {
            var seen = scored.Select(sd => sd.Doc).ToHashSet();
            rescored = [.. rescored, .. head.Where(sd => !seen.Contains(sd.Doc)).Select(sd => new ScoreDoc(sd.Doc, 0f))];
        }
        if (found.Window.Length <= depth) return found with { Window = rescored.Take(window).ToArray() };
        var below = Below(found.Window.Skip(depth).ToArray(), head[^1].Score, rescored[^1].Score);
        return found with { Window = [.. rescored, .. Placed(searcher, below, text, places).Take(window - rescored.Length)] };
    }

    /// <summary>
    /// The hits below the rescored ones, in the cheap form's order, their scores scaled onto the full form's
    /// below its lowest (<paramref name="lowest"/>): a later step that orders hits by score again (copies,
    /// <see cref="CopyRanking"/>) keeps them after the rescored ones, and a score shown still falls down the list.
    /// </summary>
    /// <param name="cheapLowest">The cheap score of the last rescored hit: every hit below scored at most that.</param>
    private static ScoreDoc[] Below(ScoreDoc[] below, float cheapLowest, float lowest)
    {
        var scale = cheapLowest > 0 ? lowest / cheapLowest : 0f;
        var ceiling = lowest > 0 ? MathF.BitDecrement(lowest) : 0f;
        return below.Select(sd => new ScoreDoc(sd.Doc, Math.Min(sd.Score * scale, ceiling))).ToArray();
    }

    /// <summary>Hits with their place share applied and ordered again (stable: equal scores keep the newer first); as they are when no place was typed.</summary>
    private static ScoreDoc[] Placed(IndexSearcher searcher, ScoreDoc[] hits, RankedQuery text, PlaceNames places)
    {
        if (text.Places.Count == 0) return hits;
        return hits.Select(sd => new ScoreDoc(sd.Doc, sd.Score * PlaceShare(searcher.IndexReader, sd.Doc, text.Places, places)))
            .OrderByDescending(sd => sd.Score).ToArray();
    }

    private static float PlaceShare(IndexReader reader, int doc, IReadOnlyList<string> typed, PlaceNames places)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return places.IsFromElsewhere(reader, leaf.AtomicReader, doc - leaf.DocBase, typed) ? OtherPlace : 1f;
    }
}

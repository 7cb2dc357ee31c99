using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Scores the first cut of a search (the cheap form's best matches, see <see cref="RankedQuery"/>) with the
/// full form, and orders it the way the collector orders a search: score, then the newer document.
/// </summary>
internal static class Rescoring
{
    /// <param name="window">How many hits the search keeps in order (its pages so far).</param>
    public static Collected Rescore(IndexSearcher searcher, Query rank, Collected found, int window)
    {
        if (found.Window.Length == 0) return found;
        var cut = found.Window.Select(sd => sd.Doc).ToList();
        var scored = searcher.Search(new FilteredQuery(rank, new DocsFilter(cut), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY),
            null, cut.Count, SearchService.ScoreThenNewer, doDocScores: true, doMaxScore: false).ScoreDocs;
        // The full form matches whatever the cheap one does; should a document slip through, it keeps its place after the rest.
        var rescored = scored.Select(sd => new ScoreDoc(sd.Doc, sd.Score));
        if (scored.Length < cut.Count)
        {
            var seen = scored.Select(sd => sd.Doc).ToHashSet();
            rescored = rescored.Concat(found.Window.Where(sd => !seen.Contains(sd.Doc)).Select(sd => new ScoreDoc(sd.Doc, 0f)));
        }
        return found with { Window = rescored.Take(window).ToArray() };
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Adds a bonus query's score to the top documents of a relevance-sorted search and re-sorts them
/// (score, then newer first, as the search sorts): the proximity clauses run over a few hundred
/// documents instead of every match. Only the order within those documents can change; totals and
/// facets are those of the matching query.
/// </summary>
public static class TopRescorer
{
    /// <summary>How many top documents get the bonus; a page deeper than this rescores its whole window.</summary>
    public const int Depth = 200;

    /// <param name="top">Top documents sorted by (score, day desc), with fields filled (FieldDoc, day second).</param>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query bonus, ScoreDoc[] top)
    {
        if (top.Length == 0) return top;
        var weight = searcher.CreateNormalizedWeight(bonus);
        var leaves = searcher.IndexReader.Leaves;
        var byDoc = top.Select((sd, i) => (sd.Doc, Index: i)).OrderBy(x => x.Doc).ToArray();
        var scores = top.Select(sd => float.IsNaN(sd.Score) ? 0f : sd.Score).ToArray();
        Scorer? scorer = null;
        var leaf = -1;
        AtomicReaderContext? context = null;
        foreach (var (doc, index) in byDoc)
        {
            var l = ReaderUtil.SubIndex(doc, leaves);
            if (l != leaf)
            {
                leaf = l;
                context = leaves[l];
                scorer = weight.GetScorer(context, context.AtomicReader.LiveDocs);
            }
            if (scorer is null) continue;
            var target = doc - context!.DocBase;
            var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            // The same sum the combined query computes (matching score + bonus), in the same order.
            if (at == target) scores[index] += scorer.GetScore();
        }
        return top.Select((sd, i) => (sd, Score: scores[i], Day: Day(sd)))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Day).ThenBy(x => x.sd.Doc)
            .Select(x => new ScoreDoc(x.sd.Doc, x.Score)).ToArray();
    }

    private static long Day(ScoreDoc sd) => sd is FieldDoc { Fields.Length: > 1 } fd && fd.Fields[1] is long day ? day : 0;
}

using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Puts copies (see <see cref="CopyFinder"/>) into a ranking already collected, without running the
/// search again: each copy's own score comes from the same query restricted to the copies, and the copy
/// ranks at max(own, floor) — what <see cref="CopyFinder.Below"/> gives. Valid only when every copy is
/// itself a hit (matches the query, passes the filters, is visible): then the hits, the total and the
/// facet counts are those already counted, and only the order moves. At 200,000 documents the copies
/// of recombined paragraphs made a third of the text searches run twice (docs/benchmarks.md).
/// </summary>
internal static class CopyRanking
{
    /// <summary>
    /// The first <paramref name="window"/>.Length hits in the order with copies ranked; null when a copy
    /// is not a hit (the caller then runs the search again with <see cref="CopyFinder.Below"/>).
    /// </summary>
    public static ScoreDoc[]? Rerank(IndexSearcher searcher, Query text, FilterBits bits, ScoreDoc[] window, IReadOnlyList<CopyFinder.Copy> copies)
    {
        var only = new FilteredQuery(text, new DocsFilter(copies.Select(c => c.Doc).ToList()), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        var own = searcher.Search(only, copies.Count).ScoreDocs.ToDictionary(sd => sd.Doc, sd => sd.Score);
        var leaves = searcher.IndexReader.Leaves;
        if (copies.Any(c => !own.ContainsKey(c.Doc) || !IsHit(leaves, bits, c.Doc))) return null;

        var ranked = window.ToDictionary(sd => sd.Doc, sd => (Score: sd.Score, Day: Day(leaves, sd.Doc)));
        foreach (var c in copies)
            ranked[c.Doc] = (Math.Max(own[c.Doc], c.Floor), ranked.TryGetValue(c.Doc, out var known) ? known.Day : Day(leaves, c.Doc));
        // The order of the collector: score, then the newer document, then index order.
        return ranked.OrderByDescending(r => r.Value.Score).ThenByDescending(r => r.Value.Day).ThenBy(r => r.Key)
            .Take(window.Length).Select(r => new ScoreDoc(r.Key, r.Value.Score)).ToArray();
    }

    private static bool IsHit(IList<AtomicReaderContext> leaves, FilterBits bits, int doc)
    {
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return bits.IsHit(leaf, doc - leaf.DocBase);
    }

    private static long Day(IList<AtomicReaderContext> leaves, int doc)
    {
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return leaf.AtomicReader.GetNumericDocValues(IndexFields.Day)?.Get(doc - leaf.DocBase) ?? 0;
    }

    /// <summary>Exactly the given documents (global numbers).</summary>
    private sealed class DocsFilter(IReadOnlyList<int> docs) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            FixedBitSet? set = null;
            var max = context.AtomicReader.MaxDoc;
            foreach (var doc in docs)
            {
                var local = doc - context.DocBase;
                if (local >= 0 && local < max) (set ??= new FixedBitSet(max)).Set(local);
            }
            return set is null ? null : BitsFilteredDocIdSet.Wrap(set, acceptDocs);
        }
    }
}

using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// A term's or an exact phrase's postings from the <see cref="PostingsCache"/> as a scorer: the documents, frequencies
/// and scores Lucene's scorer of them gives (<see cref="TermScoring"/>), without reading the index. A jump to a
/// document far down the list gallops and then halves over the array.
/// </summary>
/// <param name="cost">What Lucene's scorer would say it costs: boolean scorers order their clauses by it, and so the additions of a sum.</param>
internal sealed class CachedPostingsScorer(Weight weight, CachedPostings postings, TermScoring scoring, IBits? acceptDocs, long cost) : Scorer(weight)
{
    private readonly int[] _docs = postings.Docs;
    private int _at = -1;
    private int _doc = -1;

    public override int DocID => _doc;

    public override int Freq => postings.Freqs[_at];

    public override float GetScore() => scoring.Score(postings.Freqs[_at], postings.LengthNorms[_at]);

    public override int NextDoc() => FirstAcceptedFrom(_at + 1);

    public override int Advance(int target)
    {
        var from = _at + 1;
        if (from >= _docs.Length || _docs[from] >= target) return FirstAcceptedFrom(from);
        // _docs[from] < target: double the step until an entry reaches the target, then search between.
        var below = from;
        var step = 1;
        while (below + step < _docs.Length && _docs[below + step] < target)
        {
            below += step;
            step <<= 1;
        }
        var end = Math.Min(below + step, _docs.Length);
        var found = Array.BinarySearch(_docs, below + 1, end - below - 1, target);
        return FirstAcceptedFrom(found >= 0 ? found : ~found);
    }

    /// <summary>Deleted documents (and those a filter leaves out) are in the list: skipped here, as Lucene's enumerators skip them.</summary>
    private int FirstAcceptedFrom(int i)
    {
        for (; i < _docs.Length; i++)
        {
            if (acceptDocs is not null && !acceptDocs.Get(_docs[i])) continue;
            _at = i;
            return _doc = _docs[i];
        }
        _at = _docs.Length;
        return _doc = NO_MORE_DOCS;
    }

    public override long GetCost() => cost;
}

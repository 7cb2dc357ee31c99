using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Keeps the best <c>size</c> hits of a search in one of the three orders a search has (relevance: score,
/// then the newer document; by date, newest or oldest first, then score), ties to the earlier document —
/// the order Lucene's <see cref="TopFieldCollector"/> gives with the same sort. A search's cheap form
/// matches half of a 200k index for a common query, and that collector's comparators (a virtual call per
/// value, the day read from the doc values file per hit) cost a tenth of its CPU; here a hit that does not
/// make the cut costs one comparison with the worst kept, and the days come from memory (<see cref="FacetOrdinals"/>).
/// </summary>
public sealed class TopHits(int size, SortOrder order) : ICollector
{
    // A heap whose root is the worst hit kept.
    private readonly float[] _scores = new float[Math.Max(1, size)];
    private readonly int[] _days = new int[Math.Max(1, size)];
    private readonly int[] _docs = new int[Math.Max(1, size)];
    private int _count;
    private Scorer? _scorer;
    private int[] _segmentDays = [];
    private int _docBase;

    /// <summary>Every document collected, kept or not.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _segmentDays = FacetOrdinals.For(context.AtomicReader).Days(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        Offer(_scorer!.GetScore(), _segmentDays.Length > doc ? _segmentDays[doc] : 0, _docBase + doc);
    }

    /// <summary>Offers a hit by its global document number (also one ranked outside a search: <see cref="CopyRanking"/>).</summary>
    public void Offer(float score, int day, int doc)
    {
        if (size == 0) return;
        if (_count < size)
        {
            _scores[_count] = score;
            _days[_count] = day;
            _docs[_count] = doc;
            Up(_count++);
        }
        else if (Better(score, day, doc, 0))
        {
            _scores[0] = score;
            _days[0] = day;
            _docs[0] = doc;
            Down(0);
        }
    }

    /// <summary>Keeps the best of <paramref name="other"/>'s hits too (the same search over other segments) and counts its total.</summary>
    public void Add(TopHits other)
    {
        TotalHits += other.TotalHits;
        for (var i = 0; i < other._count; i++) Offer(other._scores[i], other._days[i], other._docs[i]);
    }

    /// <summary>The hits kept, best first.</summary>
    public ScoreDoc[] Best()
    {
        var order = Enumerable.Range(0, _count).ToArray();
        Array.Sort(order, (a, b) => Better(_scores[a], _days[a], _docs[a], b) ? -1 : Better(_scores[b], _days[b], _docs[b], a) ? 1 : 0);
        return order.Select(i => new ScoreDoc(_docs[i], _scores[i])).ToArray();
    }

    /// <summary>Whether a hit ranks before the one kept at heap slot <paramref name="slot"/>.</summary>
    private bool Better(float score, int day, int doc, int slot)
    {
        var byScore = score.CompareTo(_scores[slot]);
        var byDay = day.CompareTo(_days[slot]);
        var c = order switch
        {
            SortOrder.DateDesc => byDay != 0 ? byDay : byScore,
            SortOrder.DateAsc => byDay != 0 ? -byDay : byScore,
            _ => byScore != 0 ? byScore : byDay,
        };
        return c != 0 ? c > 0 : doc < _docs[slot];
    }

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            // The parent must be the worse of the two.
            if (!Better(_scores[parent], _days[parent], _docs[parent], i)) return;
            Swap(i, parent);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            if (left < _count && Better(_scores[worst], _days[worst], _docs[worst], left)) worst = left;
            if (left + 1 < _count && Better(_scores[worst], _days[worst], _docs[worst], left + 1)) worst = left + 1;
            if (worst == i) return;
            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_days[a], _days[b]) = (_days[b], _days[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// The filters of one request as bit sets, per segment, computed once and shared by the query (which
/// visits only documents failing at most one filter) and by <see cref="FacetingCollector"/> (which
/// decides per document whether it is a hit or counts only toward one filtered facet).
/// </summary>
public sealed class FilterBits(IReadOnlyList<Query> filters, BitSetCachingFilter? visible)
{
    private readonly Dictionary<int, Segment> _segments = [];

    public int Count => filters.Count;

    /// <param name="Passes">Per filter: the documents it lets through.</param>
    /// <param name="Candidates">Documents failing at most one filter (and visible, unless staff); null: every document.</param>
    public sealed record Segment(FixedBitSet[] Passes, FixedBitSet? Candidates);

    public Segment For(AtomicReaderContext context)
    {
        lock (_segments)
        {
            if (_segments.TryGetValue(context.Ord, out var known)) return known;
            var segment = Compute(context);
            _segments[context.Ord] = segment;
            return segment;
        }
    }

    /// <summary>Whether document <paramref name="doc"/> of the segment is a hit: it passes every filter and is visible.</summary>
    public bool IsHit(AtomicReaderContext context, int doc)
    {
        var segment = For(context);
        return (segment.Candidates?.Get(doc) ?? true) && segment.Passes.All(pass => pass.Get(doc));
    }

    /// <summary>The filter to run the text query with: visible documents failing at most one of the filters; null when that is every document.</summary>
    public Filter? AsFilter() => filters.Count > 1 || visible is not null ? new CandidateFilter(this) : null;

    private Segment Compute(AtomicReaderContext context)
    {
        var max = context.AtomicReader.MaxDoc;
        var passes = filters.Select(f =>
        {
            var bits = new FixedBitSet(max);
            if (new QueryWrapperFilter(f).GetDocIdSet(context, null)?.GetIterator() is { } it) bits.Or(it);
            return bits;
        }).ToArray();

        FixedBitSet? candidates = null;
        if (passes.Length > 1)
        {
            // Walk the filters keeping two sets: documents failing none so far, and failing exactly one.
            var none = new FixedBitSet(max);
            none.Set(0, max);
            var one = new FixedBitSet(max);
            foreach (var pass in passes)
            {
                one.And(pass);
                var failsHere = none.Clone();
                failsHere.AndNot(pass);
                one.Or(failsHere);
                none.And(pass);
            }
            one.Or(none);
            candidates = one;
        }
        if (visible is not null)
        {
            var shown = visible.Bits(context) ?? new FixedBitSet(max);
            if (candidates is null) candidates = shown;
            else candidates.And(shown);
        }
        return new Segment(passes, candidates);
    }

    private sealed class CandidateFilter(FilterBits owner) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
            BitsFilteredDocIdSet.Wrap(owner.For(context).Candidates ?? throw new InvalidOperationException("no candidate filter needed"), acceptDocs);
    }
}

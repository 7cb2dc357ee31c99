using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// A <see cref="TermQuery"/> with its looked-up states (<see cref="SharedTermStates"/>) whose frequent postings
/// <see cref="ClauseAtATimeQuery"/> may read from the <see cref="PostingsCache"/>; otherwise a TermQuery.
/// </summary>
internal sealed class CachedTermQuery : TermQuery
{
    private readonly TermContext _states;
    private readonly PostingsCache _cache;

    public CachedTermQuery(Term term, TermContext states, PostingsCache cache) : base(term, states)
    {
        _states = states;
        _cache = cache;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new TermWeight(this, base.CreateWeight(searcher), searcher, _states, _cache);

    private sealed class TermWeight(CachedTermQuery query, Weight lucene, IndexSearcher searcher, TermContext states, PostingsCache cache)
        : CachedPostingsWeight(query, lucene, searcher)
    {
        protected override string Field => query.Term.Field;

        // The states locate the term in each segment of the searcher they were looked up on, and no other.
        protected override CachedPostings? Cached(AtomicReaderContext leaf) =>
            ReferenceEquals(states.TopReaderContext, Searcher.TopReaderContext) && states.Get(leaf.Ord) is BlockTermState state
                ? cache.Get(leaf, query.Term, state, state.DocFreq)
                : null;

        protected override CachedPostings? Kept(AtomicReaderContext leaf) => cache.Kept(leaf, query.Term);

        // The list holds every document of the term in the segment, deleted ones too: its document frequency.
        protected override long Cost(AtomicReaderContext leaf, CachedPostings kept) => kept.Docs.Length;

        protected override TermStatistics[] Statistics() => [Searcher.TermStatistics(query.Term, states)];
    }
}

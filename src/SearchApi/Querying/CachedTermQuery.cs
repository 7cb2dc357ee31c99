using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// A <see cref="TermQuery"/> with its looked-up states (<see cref="SharedTermStates"/>) whose frequent postings can be
/// read from the <see cref="PostingsCache"/> by <see cref="ClauseAtATimeQuery"/>. Matches, scores and explains as a
/// TermQuery does — everything but the cached read is Lucene's own weight.
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

    public override Weight CreateWeight(IndexSearcher searcher) => new CachedWeight(this, base.CreateWeight(searcher), searcher, _states, _cache);

    internal sealed class CachedWeight(CachedTermQuery query, Weight lucene, IndexSearcher searcher, TermContext states, PostingsCache cache) : Weight
    {
        private float? _topLevelBoost;
        private TermScoring? _scoring;

        public override Query Query => query;

        public override bool ScoresDocsOutOfOrder => lucene.ScoresDocsOutOfOrder;

        public override float GetValueForNormalization() => lucene.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            lucene.Normalize(norm, topLevelBoost);
            _topLevelBoost = topLevelBoost;
            _scoring = null;
        }

        public override Scorer GetScorer(AtomicReaderContext context, IBits acceptDocs) => lucene.GetScorer(context, acceptDocs);

        public override Explanation Explain(AtomicReaderContext context, int doc) => lucene.Explain(context, doc);

        /// <summary>The term's postings in the segment from the cache, with what scores them; false: read them from the index.</summary>
        public bool TryCached(AtomicReaderContext leaf, out CachedPostings postings, out TermScoring scoring)
        {
            postings = null!;
            scoring = null!;
            // Only for the searcher the states were looked up on, normalised as Lucene's weight is, with our similarity.
            if (_topLevelBoost is not { } top || searcher.Similarity is not RankingSimilarity similarity
                || !ReferenceEquals(states.TopReaderContext, searcher.TopReaderContext)
                || states.Get(leaf.Ord) is not BlockTermState state
                || cache.Get(leaf, query.Term, state, state.DocFreq) is not { } cached) return false;
            // Segments of one search may ask at once: both compute the same values.
            scoring = _scoring ??= similarity.Scoring(query.Boost, top, searcher.CollectionStatistics(query.Term.Field),
                searcher.TermStatistics(query.Term, states));
            postings = cached;
            return true;
        }
    }
}

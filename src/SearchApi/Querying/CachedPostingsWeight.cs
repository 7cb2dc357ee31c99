using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Lucene's own weight of a term or an exact phrase — it matches, scores and explains — whose postings
/// <see cref="ClauseAtATimeQuery"/> may read from the <see cref="PostingsCache"/> instead, with what BM25 scores them.
/// </summary>
internal abstract class CachedPostingsWeight(Query query, Weight lucene, IndexSearcher searcher) : Weight
{
    private float? _topLevelBoost;
    private TermScoring? _scoring;

    protected IndexSearcher Searcher => searcher;

    protected Weight Lucene => lucene;

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

    /// <summary>The postings in the segment from the cache, with what scores them; false: read them from the index.</summary>
    public bool TryCached(AtomicReaderContext leaf, out CachedPostings postings, out TermScoring scoring)
    {
        postings = null!;
        scoring = null!;
        // Only normalised as Lucene's weight is, with our similarity (its arithmetic is the one reproduced).
        if (_topLevelBoost is not { } top || searcher.Similarity is not RankingSimilarity similarity || Cached(leaf) is not { } cached) return false;
        // Segments of one search may ask at once: both compute the same values.
        scoring = _scoring ??= similarity.Scoring(query.Boost, top, searcher.CollectionStatistics(Field), Statistics());
        postings = cached;
        return true;
    }

    protected abstract string Field { get; }

    /// <summary>The postings in the segment from the cache, or null.</summary>
    protected abstract CachedPostings? Cached(AtomicReaderContext leaf);

    /// <summary>The statistics of the terms, as Lucene's weight computed its idf from them.</summary>
    protected abstract TermStatistics[] Statistics();
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Lucene's own weight of a term or an exact phrase — it matches, scores and explains — whose postings
/// <see cref="ClauseAtATimeQuery"/> may read from the <see cref="PostingsCache"/> instead, with what BM25 scores them.
/// Its scorer reads them from there too when they are kept: the full form scores the best hits by jumping to them in
/// each of its lists, and in the index each jump reads skip data and blocks (a fifth of a search's CPU, a third of that
/// in the kernel's reads).
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

    /// <summary>
    /// From the cache when the list is kept there (never decoding it for this: a few jumps do not pay for a whole list),
    /// else Lucene's — also for an empty list, where Lucene's may be no scorer at all (a term missing from the segment).
    /// </summary>
    public override Scorer GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
        Scoring() is { } scoring && Kept(context) is { Docs.Length: > 0 } kept
            ? new CachedPostingsScorer(this, kept, scoring, acceptDocs, Cost(context, kept))
            : lucene.GetScorer(context, acceptDocs);

    public override Explanation Explain(AtomicReaderContext context, int doc) => lucene.Explain(context, doc);

    /// <summary>The postings in the segment from the cache, with what scores them; false: read them from the index.</summary>
    public bool TryCached(AtomicReaderContext leaf, out CachedPostings postings, out TermScoring scoring)
    {
        postings = null!;
        scoring = null!;
        if (Scoring() is not { } s || Cached(leaf) is not { } cached) return false;
        scoring = s;
        postings = cached;
        return true;
    }

    /// <summary>What BM25 scores the postings with; null unless normalised as Lucene's weight is, with our similarity (its arithmetic is the one reproduced).</summary>
    private TermScoring? Scoring()
    {
        if (_topLevelBoost is not { } top || searcher.Similarity is not RankingSimilarity similarity) return null;
        // Segments of one search may ask at once: both compute the same values.
        return _scoring ??= similarity.Scoring(query.Boost, top, searcher.CollectionStatistics(Field), Statistics());
    }

    protected abstract string Field { get; }

    /// <summary>The postings in the segment from the cache, or null.</summary>
    protected abstract CachedPostings? Cached(AtomicReaderContext leaf);

    /// <summary>The postings in the segment if the cache holds them, or null (no decoding).</summary>
    protected abstract CachedPostings? Kept(AtomicReaderContext leaf);

    /// <summary>The cost Lucene's scorer gives in the segment (see <see cref="CachedPostingsScorer"/>).</summary>
    protected abstract long Cost(AtomicReaderContext leaf, CachedPostings kept);

    /// <summary>The statistics of the terms, as Lucene's weight computed its idf from them.</summary>
    protected abstract TermStatistics[] Statistics();
}

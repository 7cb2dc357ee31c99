using System.Text;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// An exact <see cref="PhraseQuery"/> (a synonym's bigrams as written) whose matches <see cref="ClauseAtATimeQuery"/>
/// may read from the <see cref="PostingsCache"/> as postings, its frequency in a document being how often it stands
/// there — what Lucene's phrase scorer scores; otherwise a PhraseQuery.
/// </summary>
internal sealed class CachedPhraseQuery : PhraseQuery
{
    private readonly PostingsCache _cache;
    private readonly string _key;
    private readonly string _field;

    public CachedPhraseQuery(PhraseQuery phrase, PostingsCache cache)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        var key = new StringBuilder(terms[0].Field);
        for (var i = 0; i < terms.Length; i++)
        {
            Add(terms[i], positions[i]);
            key.Append('\u0001').Append(positions[i]).Append(':').Append(terms[i].Text);
        }
        Slop = phrase.Slop;
        Boost = phrase.Boost;
        _cache = cache;
        _key = key.ToString();
        _field = terms[0].Field;
    }

    /// <summary>Whether a phrase can be kept this way: exact (slop 0), of two terms or more (one is a TermQuery).</summary>
    public static bool Applies(PhraseQuery phrase) => phrase.Slop == 0 && phrase.GetTerms().Length > 1;

    public override Weight CreateWeight(IndexSearcher searcher) => new PhraseWeight(this, base.CreateWeight(searcher), searcher, _cache);

    private sealed class PhraseWeight(CachedPhraseQuery query, Weight lucene, IndexSearcher searcher, PostingsCache cache)
        : CachedPostingsWeight(query, lucene, searcher)
    {
        private TermContext[]? _contexts;
        private TermStatistics[]? _statistics;

        protected override string Field => query._field;

        protected override CachedPostings? Cached(AtomicReaderContext leaf)
        {
            var statistics = Statistics();
            // A phrase is no more frequent than its rarest term.
            var bound = (int)Math.Min(int.MaxValue, statistics.Min(s => s.DocFreq));
            return cache.Get(leaf, query._key, Field, bound, () => Lucene.GetScorer(leaf, null!));
        }

        protected override CachedPostings? Kept(AtomicReaderContext leaf) => cache.Kept(leaf, query._key);

        // Lucene's exact phrase scorer costs what its rarest term's postings in the segment cost.
        protected override long Cost(AtomicReaderContext leaf, CachedPostings kept) =>
            Contexts().Min(c => c.Get(leaf.Ord) is BlockTermState state ? (long)state.DocFreq : 0);

        // Looked up as Lucene's phrase weight does, once, and only for a phrase asked of the cache.
        private TermContext[] Contexts() => _contexts ??= [.. query.GetTerms().Select(t => TermContext.Build(Searcher.TopReaderContext, t))];

        protected override TermStatistics[] Statistics() => _statistics ??=
            [.. query.GetTerms().Zip(Contexts(), (t, c) => Searcher.TermStatistics(t, c))];
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Looks each term of a search up in the term dictionary once. A search weighs its query up to three times
/// (the cheap form over every match, the full form over the best, the full form again over the copies of
/// those), and the forms share most of their bigram terms; every weighing of a <see cref="TermQuery"/>
/// otherwise seeks the term in every segment again (8 % of a search's CPU on the 200k benchmark index).
/// The states are the searcher's: one instance serves one search on one searcher. With a <see cref="PostingsCache"/>,
/// the term queries are <see cref="CachedTermQuery"/>s and the exact phrases <see cref="CachedPhraseQuery"/>s, which can be read from it.
/// </summary>
internal sealed class SharedTermStates(IndexSearcher searcher, PostingsCache? postings = null)
{
    private readonly Dictionary<Term, TermContext> _states = [];

    /// <summary>The terms looked up so far, with their states (tests).</summary>
    internal IReadOnlyDictionary<Term, TermContext> LookedUp => _states;

    /// <summary>
    /// The queries (the forms of one search) with each of their term queries, in boolean queries at any depth,
    /// holding its looked-up state; the subclasses of the boolean queries are kept (<see cref="ClauseAtATimeQuery"/>).
    /// </summary>
    public Query[] Share(params Query[] queries)
    {
        LookUp(queries);
        return [.. queries.Select(Shared)];
    }

    /// <summary>
    /// Looks up every term query's term of <paramref name="queries"/> at once: per segment and field one terms
    /// enumerator seeks them in order, where <see cref="TermContext.Build"/> opens an enumerator (its frames, its
    /// copy of the dictionary file's buffer) per term per segment — 400 KB allocated per search on the 200k index.
    /// </summary>
    private void LookUp(Query[] queries)
    {
        var terms = new SortedSet<Term>();
        foreach (var q in queries) Collect(q, terms);
        terms.ExceptWith(_states.Keys);
        var top = searcher.TopReaderContext;
        foreach (var field in terms.GroupBy(t => t.Field))
        {
            var contexts = field.Select(t => (Term: t, Context: new TermContext(top))).ToList();
            foreach (var leaf in top.Leaves)
            {
                if (leaf.AtomicReader.GetTerms(field.Key) is not { } indexed) continue;
                var enumerator = indexed.GetEnumerator();
                foreach (var (term, context) in contexts)
                    if (enumerator.SeekExact(term.Bytes))
                        context.Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
            }
            foreach (var (term, context) in contexts) _states[term] = context;
        }
    }

    private static void Collect(Query query, SortedSet<Term> into)
    {
        if (query is TermQuery term) into.Add(term.Term);
        else if (query is BooleanQuery boolean)
            foreach (var clause in boolean.Clauses) Collect(clause.Query, into);
    }

    private Query Shared(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                return postings is null
                    ? new TermQuery(term.Term, _states[term.Term]) { Boost = term.Boost }
                    : new CachedTermQuery(term.Term, _states[term.Term], postings) { Boost = term.Boost };
            case PhraseQuery phrase when postings is not null && phrase.GetType() == typeof(PhraseQuery) && CachedPhraseQuery.Applies(phrase):
                return new CachedPhraseQuery(phrase, postings);
            case BooleanQuery boolean:
                var clone = (BooleanQuery)boolean.Clone(); // keeps the subclass (ClauseAtATimeQuery)
                for (var i = 0; i < clone.Clauses.Count; i++)
                    clone.Clauses[i] = new BooleanClause(Shared(clone.Clauses[i].Query), clone.Clauses[i].Occur);
                return clone;
            default:
                return query;
        }
    }
}

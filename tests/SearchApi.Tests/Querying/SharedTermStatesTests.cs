using Gongkai.SearchApi.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>A query whose terms were looked up once for the search scores exactly as the query it was made from.</summary>
public sealed class SharedTermStatesTests : IDisposable
{
    private readonly WhitespaceIndex _index = new(
        new[] { "aa bb cc", "aa aa dd", "bb cc dd ee", "ee ff", "aa cc ee", "ff ff ff aa" }.Select(t => new Document { new TextField("body", t, Field.Store.NO) }),
        segmentDocs: 2);

    [Fact]
    public void Shared_forms_score_as_their_originals_and_keep_their_kinds()
    {
        var searcher = new IndexSearcher(_index.Reader) { Similarity = RankingSimilarity.Instance };
        var concept = new ClauseAtATimeQuery(disableCoord: true)
        {
            { new TermQuery(new Term("body", "aa")) { Boost = 2f }, Occur.SHOULD },
            { new TermQuery(new Term("body", "bb")), Occur.SHOULD },
        };
        var match = new ClauseAtATimeQuery(disableCoord: false)
        {
            { concept, Occur.SHOULD },
            { new TermQuery(new Term("body", "ee")), Occur.SHOULD },
            { new TermQuery(new Term("body", "ff")), Occur.MUST_NOT },
        };
        var rank = new BooleanQuery
        {
            { match, Occur.MUST },
            { new PhraseQuery { new Term("body", "bb"), new Term("body", "cc") }, Occur.SHOULD },
            { new TermQuery(new Term("body", "aa")), Occur.SHOULD },
        };
        Query[] originals = [match, rank];
        var shared = new SharedTermStates(searcher).Share(originals);
        for (var i = 0; i < originals.Length; i++)
        {
            Assert.IsType(originals[i].GetType(), shared[i]);
            Assert.Equal(Scored(searcher, originals[i]), Scored(searcher, shared[i]));
        }
        Assert.IsType<ClauseAtATimeQuery>(((BooleanQuery)shared[1]).Clauses[0].Query);
        Assert.NotEmpty(Scored(searcher, match));
    }

    [Fact]
    public void Terms_looked_up_together_hold_what_each_looked_up_alone_holds()
    {
        var searcher = new IndexSearcher(_index.Reader);
        // Present in every segment, in some, in none; a field the index does not have.
        var terms = new[] { "aa", "bb", "cc", "dd", "ee", "ff", "zz", "a", "ffx" }.Select(t => new Term("body", t)).Append(new Term("title", "aa")).ToList();
        var states = new SharedTermStates(searcher);
        var all = new BooleanQuery();
        foreach (var t in terms) all.Add(new TermQuery(t), Occur.SHOULD);
        states.Share(all);
        foreach (var term in terms)
        {
            var alone = TermContext.Build(searcher.TopReaderContext, term);
            var shared = states.LookedUp[term];
            Assert.Equal(alone.DocFreq, shared.DocFreq);
            Assert.Equal(alone.TotalTermFreq, shared.TotalTermFreq);
            foreach (var leaf in searcher.TopReaderContext.Leaves)
                Assert.Equal(alone.Get(leaf.Ord) is null, shared.Get(leaf.Ord) is null);
        }
        Assert.Equal(4, states.LookedUp[new Term("body", "aa")].DocFreq);
        Assert.Equal(0, states.LookedUp[new Term("body", "zz")].DocFreq);
    }

    private static List<(int, float)> Scored(IndexSearcher searcher, Query q) =>
        searcher.Search(q, 10).ScoreDocs.Select(sd => (sd.Doc, sd.Score)).ToList();

    public void Dispose() => _index.Dispose();
}

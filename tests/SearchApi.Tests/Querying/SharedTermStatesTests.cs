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
        var states = new SharedTermStates(searcher);
        foreach (var original in new Query[] { match, rank })
        {
            var shared = states.Share(original);
            Assert.IsType(original.GetType(), shared);
            Assert.Equal(Scored(searcher, original), Scored(searcher, shared));
        }
        Assert.IsType<ClauseAtATimeQuery>(((BooleanQuery)states.Share(rank)).Clauses[0].Query);
        Assert.NotEmpty(Scored(searcher, match));
    }

    private static List<(int, float)> Scored(IndexSearcher searcher, Query q) =>
        searcher.Search(q, 10).ScoreDocs.Select(sd => (sd.Doc, sd.Score)).ToList();

    public void Dispose() => _index.Dispose();
}

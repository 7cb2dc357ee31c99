using Gongkai.Core.Schema;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary><see cref="TopHits"/> keeps the hits Lucene's sorting collector keeps, in its order, for each order a search has.</summary>
public sealed class TopHitsTests : IDisposable
{
    private readonly WhitespaceIndex _index;

    public TopHitsTests()
    {
        var random = new Random(3);
        // Few distinct lengths and days: many ties in score, in day and in both.
        _index = new WhitespaceIndex(Enumerable.Range(0, 500).Select(_ => new Document
        {
            new TextField("body", string.Join(' ', Enumerable.Repeat("aa", random.Next(1, 4)).Concat(Enumerable.Repeat("bb", random.Next(0, 3)))), Field.Store.NO),
            new NumericDocValuesField(IndexFields.Day, random.Next(3) == 0 ? 0 : 20170101 + random.Next(5)),
        }).ToList(), segmentDocs: 120);
    }

    [Theory]
    [InlineData(SortOrder.Relevance, 10)]
    [InlineData(SortOrder.Relevance, 100)]
    [InlineData(SortOrder.DateDesc, 30)]
    [InlineData(SortOrder.DateAsc, 30)]
    [InlineData(SortOrder.Relevance, 1000)]
    public void Keeps_what_the_sorting_collector_keeps_in_its_order(SortOrder order, int size)
    {
        var searcher = new IndexSearcher(_index.Reader);
        var query = new BooleanQuery { { new TermQuery(new Term("body", "aa")), Occur.SHOULD }, { new TermQuery(new Term("body", "bb")), Occur.SHOULD } };
        var day = new SortField(IndexFields.Day, SortFieldType.INT64, order != SortOrder.DateAsc);
        var sort = order == SortOrder.Relevance ? new Sort(SortField.FIELD_SCORE, day) : new Sort(day, SortField.FIELD_SCORE);
        var expected = searcher.Search(query, null, size, sort, doDocScores: true, doMaxScore: false);

        var ours = new TopHits(size, order);
        searcher.Search(query, ours);

        Assert.Equal(expected.TotalHits, ours.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(sd => (sd.Doc, sd.Score)), ours.Best().Select(sd => (sd.Doc, sd.Score)));
    }

    public void Dispose() => _index.Dispose();
}

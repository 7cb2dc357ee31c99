using Gongkai.Core.Schema;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>A search run in parts (<see cref="SegmentParallel"/>) keeps and counts exactly what one pass over every segment does.</summary>
public sealed class SegmentParallelTests : IDisposable
{
    private static readonly string[] Facets = [IndexFields.Year, IndexFields.Kind];
    private readonly WhitespaceIndex _index;

    public SegmentParallelTests()
    {
        var random = new Random(11);
        // Segments of 120, 120, 120, 120 and 20 documents; few distinct lengths and days: many ties.
        _index = new WhitespaceIndex(Enumerable.Range(0, 500).Select(_ =>
        {
            var year = (2015 + random.Next(4)).ToString();
            var kind = random.Next(3) == 0 ? "规范性文件" : "通知";
            return new Document
            {
                new TextField("body", string.Join(' ', Enumerable.Repeat("aa", random.Next(1, 4)).Concat(Enumerable.Repeat("bb", random.Next(0, 3)))), Field.Store.NO),
                new NumericDocValuesField(IndexFields.Day, random.Next(3) == 0 ? 0 : 20170101 + random.Next(5)),
                new StringField(IndexFields.Kind, kind, Field.Store.NO),
                new SortedDocValuesField(IndexFields.Year, new BytesRef(year)),
                new SortedDocValuesField(IndexFields.Kind, new BytesRef(kind)),
            };
        }).ToList(), segmentDocs: 120);
    }

    private static Query AaOrBb => new BooleanQuery { { new TermQuery(new Term("body", "aa")), Occur.SHOULD }, { new TermQuery(new Term("body", "bb")), Occur.SHOULD } };

    [Fact]
    public void Parts_hold_every_segment_once_in_index_order_and_about_equal_shares()
    {
        var leaves = _index.Reader.Leaves;
        Assert.Equal(5, leaves.Count);

        var parts = SegmentParallel.Parts(leaves, cores: 2, minDocs: 0);
        Assert.Equal(2, parts.Count);
        Assert.Equal(leaves.Select(l => l.Ord).Order(), parts.SelectMany(p => p.Select(l => l.Ord)).Order());
        Assert.All(parts, p => Assert.Equal(p.Select(l => l.Ord).Order(), p.Select(l => l.Ord)));
        Assert.Equal([240, 260], parts.Select(p => p.Sum(l => l.AtomicReader.MaxDoc)).Order());

        Assert.Single(SegmentParallel.Parts(leaves, cores: 2, minDocs: 501));
        Assert.Single(SegmentParallel.Parts(leaves, cores: 1, minDocs: 0));
        Assert.Equal(5, SegmentParallel.Parts(leaves, cores: 8, minDocs: 0).Count);
    }

    [Theory]
    [InlineData(SortOrder.Relevance, 10)]
    [InlineData(SortOrder.Relevance, 1000)]
    [InlineData(SortOrder.DateDesc, 30)]
    [InlineData(SortOrder.DateAsc, 30)]
    public void Hits_kept_in_parts_are_the_hits_kept_in_one_pass(SortOrder order, int size)
    {
        var searcher = new IndexSearcher(_index.Reader);
        var whole = new TopHits(size, order);
        searcher.Search(AaOrBb, whole);

        var parts = 1;
        var merged = SegmentParallel.Search(searcher, AaOrBb, () => new TopHits(size, order), (all, part) =>
        {
            all.Add(part);
            parts++;
        }, cores: 3, minDocs: 0);
        Assert.Equal(3, parts);

        Assert.Equal(whole.TotalHits, merged.TotalHits);
        Assert.Equal(whole.Best().Select(sd => (sd.Doc, sd.Score)), merged.Best().Select(sd => (sd.Doc, sd.Score)));
    }

    [Fact]
    public void Facets_counted_in_parts_are_the_counts_of_one_pass_with_a_filter_applied()
    {
        var searcher = new IndexSearcher(_index.Reader);
        var bits = new FilterBits([new TermQuery(new Term(IndexFields.Kind, "通知"))], null);
        FacetingCollector Collector() => new(new TopHits(20, SortOrder.Relevance), Facets, bits, [IndexFields.Kind]);
        var whole = Collector();
        searcher.Search(AaOrBb, whole);

        var merged = SegmentParallel.Search(searcher, AaOrBb, Collector, (all, part) => all.Add(part), cores: 2, minDocs: 0);

        Assert.Equal(whole.Hits.TotalHits, merged.Hits.TotalHits);
        Assert.Equal(whole.Hits.Best().Select(sd => sd.Doc), merged.Hits.Best().Select(sd => sd.Doc));
        var expected = whole.Result();
        var actual = merged.Result();
        Assert.Equal(2, expected[IndexFields.Kind].Count); // the filtered facet still shows its alternative
        foreach (var field in Facets) Assert.Equal(expected[field], actual[field]);
    }

    [Fact]
    public void An_empty_index_is_searched_as_one_empty_part()
    {
        using var empty = new WhitespaceIndex([], segmentDocs: 10);
        Assert.Empty(empty.Reader.Leaves);
        var parts = 1;
        var merged = SegmentParallel.Search(new IndexSearcher(empty.Reader), AaOrBb, () => new TopHits(10, SortOrder.Relevance), (_, _) => parts++, cores: 2, minDocs: 0);
        Assert.Equal(1, parts);
        Assert.Equal(0, merged.TotalHits);
    }

    [Fact]
    public void A_part_that_fails_fails_the_search_with_its_own_exception()
    {
        var searcher = new IndexSearcher(_index.Reader);
        var e = Assert.Throws<InvalidOperationException>(() =>
            SegmentParallel.Search(searcher, AaOrBb, () => new FailingOn(segmentOrd: 3), (_, _) => { }, cores: 2, minDocs: 0));
        Assert.Equal("segment 3", e.Message);
    }

    private sealed class FailingOn(int segmentOrd) : ICollector
    {
        private int _ord;
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context) => _ord = context.Ord;
        public void Collect(int doc)
        {
            if (_ord == segmentOrd) throw new InvalidOperationException($"segment {_ord}");
        }
    }

    public void Dispose() => _index.Dispose();
}

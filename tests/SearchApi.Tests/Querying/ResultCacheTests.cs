using Gongkai.SearchApi.Contracts;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Tests.Querying;

public class ResultCacheTests : IDisposable
{
    private readonly RAMDirectory _dir = new();
    private readonly IndexWriter _writer;
    private readonly List<DirectoryReader> _readers = [];

    public ResultCacheTests() =>
        _writer = new IndexWriter(_dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));

    /// <summary>A near-real-time reader after one more document: each a newer version than the one before.</summary>
    private DirectoryReader NextReader()
    {
        _writer.AddDocument(new Document { new StringField("id", _readers.Count.ToString(), Field.Store.NO) });
        var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        _readers.Add(reader);
        return reader;
    }

    private static ResultCache.Key Key(string q, bool staff = false, int page = 1, int size = 10, string? organ = null) =>
        ResultCache.Key.Of(new SearchRequest { Query = q, Page = page, Size = size, Organ = organ }, staff);

    private static Ranking Ranking(int total, int reach = 100) =>
        new(Enumerable.Range(0, Math.Min(total, reach)).Select(d => new ScoreDoc(d, 1f)).ToArray(), reach, total,
            new Dictionary<string, IReadOnlyList<FacetValue>>(), Relaxed: false);

    [Fact]
    public void Every_page_of_a_search_shares_one_entry_but_who_asks_and_the_filters_do_not()
    {
        Assert.Equal(Key("低保", page: 1, size: 10), Key("低保", page: 3, size: 20));
        Assert.NotEqual(Key("低保"), Key("低保", staff: true));
        Assert.NotEqual(Key("低保"), Key("低保", organ: "张店区人民政府"));
        Assert.NotEqual(Key("低保"), Key("低保 标准"));
    }

    [Fact]
    public void A_ranking_answers_the_pages_it_reaches_on_the_reader_it_was_computed_on()
    {
        var cache = new ResultCache(10);
        var reader = NextReader();
        var ranking = Ranking(total: 500, reach: 100);
        Assert.Null(cache.Get(reader, Key("低保"), 10));
        cache.Put(reader, Key("低保"), ranking);

        Assert.Same(ranking, cache.Get(reader, Key("低保", page: 10), 100));
        Assert.Null(cache.Get(reader, Key("低保", page: 11), 110)); // beyond its reach: searched again
        Assert.Null(cache.Get(reader, Key("低保", staff: true), 10));
        Assert.Equal((1L, 3L), cache.Counts);
    }

    [Fact]
    public void A_newer_searcher_empties_the_cache_and_an_older_one_cannot_fill_it()
    {
        var cache = new ResultCache(10);
        var old = NextReader();
        cache.Put(old, Key("低保"), Ranking(3));
        var current = NextReader();

        Assert.Null(cache.Get(current, Key("低保"), 10));
        cache.Put(current, Key("标准"), Ranking(4));
        Assert.Null(cache.Get(old, Key("低保"), 10));
        // A search that ran on the old searcher finishes late: its ranking is not kept over the current one's.
        cache.Put(old, Key("低保"), Ranking(3));
        Assert.Null(cache.Get(old, Key("低保"), 10));
        Assert.NotNull(cache.Get(current, Key("标准"), 10));
    }

    [Fact]
    public void The_least_recently_used_search_goes_first()
    {
        var cache = new ResultCache(2);
        var reader = NextReader();
        cache.Put(reader, Key("一"), Ranking(1));
        cache.Put(reader, Key("二"), Ranking(2));
        Assert.NotNull(cache.Get(reader, Key("一"), 10)); // 一 is now the most recent
        cache.Put(reader, Key("三"), Ranking(3));

        Assert.Null(cache.Get(reader, Key("二"), 10));
        Assert.NotNull(cache.Get(reader, Key("一"), 10));
        Assert.NotNull(cache.Get(reader, Key("三"), 10));
    }

    [Fact]
    public void A_ranking_of_more_hits_than_a_deep_page_needs_kept_is_not_kept()
    {
        var cache = new ResultCache(10);
        var reader = NextReader();
        cache.Put(reader, Key("深"), Ranking(total: 50_000, reach: ResultCache.MaxHitsKept + 10));
        cache.Put(reader, Key("浅"), Ranking(total: 50_000, reach: ResultCache.MaxHitsKept));
        Assert.Null(cache.Get(reader, Key("深"), 10));
        Assert.NotNull(cache.Get(reader, Key("浅"), 10));
    }

    [Fact]
    public void Capacity_zero_keeps_nothing()
    {
        var cache = new ResultCache(0);
        var reader = NextReader();
        cache.Put(reader, Key("低保"), Ranking(3));
        Assert.Null(cache.Get(reader, Key("低保"), 10));
        Assert.Equal((0L, 1L), cache.Counts); // still counted: every search is computed
    }

    public void Dispose()
    {
        foreach (var r in _readers) r.Dispose();
        _writer.Dispose();
        _dir.Dispose();
    }
}

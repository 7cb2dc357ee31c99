using Gongkai.Core.Schema;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Gongkai.SearchApi.Tests.Querying;

public class CopyShinglesTests
{
    private const string Text = "对拥有两套及以上商品住房的本市五城区户籍居民家庭，暂停向其销售本市五城区范围内建筑面积一百四十四平方米及以下的商品住房。";

    [Fact]
    public void A_small_segment_is_sampled_at_once_and_equal_texts_share_their_sample()
    {
        using var reader = Index(2, i => Text);
        var table = CopyShingles.Of(reader.Leaves[0].AtomicReader);
        Assert.NotNull(table);
        Assert.True(table.CountOf(0) >= 2);
        Assert.Equal(table.SampleOf(0).ToArray(), table.SampleOf(1).ToArray());
        Assert.Equal(2, table.Shared(table.SampleOf(0), maxDocs: 50).Count);
    }

    [Fact]
    public void A_large_segment_is_sampled_in_the_background_and_no_search_waits_for_it()
    {
        using var reader = Index(6_000, i => i % 2 == 0 ? Text : $"第{i}号文件的正文，与其他文件的正文各不相同，编号{i * 7919}。");
        var segment = reader.Leaves[0].AtomicReader;
        Assert.Null(CopyShingles.Of(segment));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        CopyShingles? table = null;
        while (table is null && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
            table = CopyShingles.Of(segment);
        }
        Assert.NotNull(table);
        // 3,000 documents hold the same text: every shingle is boilerplate at a limit of 50.
        Assert.Empty(table.Shared(table.SampleOf(0), maxDocs: 50));
        Assert.Equal(3_000, table.Shared(table.SampleOf(0), maxDocs: 10_000).Count);
    }

    [Fact]
    public void Every_document_finds_itself_and_its_copies_through_the_directory_of_a_large_table()
    {
        // Distinct texts give tens of thousands of entries: the directory has thousands of buckets.
        static string Body(int i) => string.Concat(Enumerable.Range(0, 12).Select(k => $"第{i * 31 + k}条规定编号{(i * 7919 + k * 104729) % 1_000_003}，"));
        using var reader = Index(199, i => Body(i % 150));
        var table = CopyShingles.Of(reader.Leaves[0].AtomicReader)!;
        for (var doc = 0; doc < 199; doc++)
        {
            var shared = table.Shared(table.SampleOf(doc), maxDocs: 50);
            var copies = shared.Where(s => s.Shared == table.CountOf(doc)).Select(s => s.Doc).ToList();
            // Documents i and i + 150 hold the same text; no other holds all of its sample.
            Assert.Equal(Enumerable.Range(0, 199).Where(d => d % 150 == doc % 150), copies);
            Assert.Equal(shared.Select(s => s.Doc).Order(), shared.Select(s => s.Doc));
        }
    }

    [Fact]
    public void A_table_whose_reader_closed_before_it_was_read_is_built_from_the_next_searcher()
    {
        // During ingest searchers are refreshed every second; a newer one shares the older one's segments.
        var dir = new RAMDirectory();
        using var writer = new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzers.Version, null));
        for (var i = 0; i < 300; i++)
            writer.AddDocument(new Document { new StringField(IndexFields.Id, $"d{i}", Field.Store.NO), new StoredField(IndexFields.Body, i % 2 == 0 ? Text : $"第{i}号文件，编号{i * 7919}。") });
        writer.Commit();
        var older = DirectoryReader.Open(dir);
        // A deletion (an update during ingest) gives the segment a new reader over the same core.
        writer.DeleteDocuments(new Term(IndexFields.Id, "d1"));
        writer.Commit();
        using var newer = DirectoryReader.OpenIfChanged(older)!;
        var shared = older.Leaves[0].AtomicReader;
        Assert.NotSame(shared, newer.Leaves[0].AtomicReader);
        Assert.Same(shared.CoreCacheKey, newer.Leaves[0].AtomicReader.CoreCacheKey);
        older.Dispose();

        // Asked through the closed reader: nothing can be read from it.
        WaitSettled(shared);
        Assert.Null(CopyShingles.Of(shared));
        // Asked through the newer searcher: the same segment is read from it.
        var segment = newer.Leaves[0].AtomicReader;
        WaitSettled(segment);
        var table = CopyShingles.Of(segment);
        Assert.NotNull(table);
        Assert.Equal(150, table.Shared(table.SampleOf(0), maxDocs: 1_000).Count);
    }

    private static void WaitSettled(AtomicReader segment)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!CopyShingles.Settled(segment) && DateTime.UtcNow < deadline) Thread.Sleep(20);
    }

    private static DirectoryReader Index(int count, Func<int, string> body)
    {
        var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzers.Version, null)))
        {
            for (var i = 0; i < count; i++)
                writer.AddDocument(new Document { new StoredField(IndexFields.Body, body(i)) });
            writer.ForceMerge(1);
        }
        return DirectoryReader.Open(dir);
    }
}

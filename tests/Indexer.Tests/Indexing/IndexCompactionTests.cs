using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Indexing;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace Gongkai.Indexer.Tests.Indexing;

public sealed class IndexCompactionTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("gk-compact-");
    private readonly IndexAnalyzers _analyzers = new();
    private readonly IndexOptions _options;
    private readonly SqliteCatalogStore _store;
    private readonly IndexHost _host;
    private readonly CatalogIndex _index;
    private readonly IngestProgress _progress = new();

    public IndexCompactionTests()
    {
        _options = new IndexOptions { Path = Path.Combine(_root.FullName, "index"), CompactAbove = 3, CompactTo = 1 };
        _store = new SqliteCatalogStore(Path.Combine(_root.FullName, "catalog.db"));
        _host = new IndexHost(_options, _analyzers);
        _index = new CatalogIndex(_store, _host, NullLogger<CatalogIndex>.Instance);
    }

    private IndexCompaction Compaction() => new(_index, _progress, Options.Create(_options), NullLogger<IndexCompaction>.Instance);

    /// <summary>Each refresh of the near-real-time searcher flushes a segment: one per batch, as during ingest.</summary>
    private void AddBatches(int batches, int perBatch)
    {
        for (var b = 0; b < batches; b++)
        {
            for (var i = 0; i < perBatch; i++)
            {
                var source = $"b{b}/d{i}.txt";
                _index.Save(new CatalogDocument { Id = DocumentId.ForSource(source), Source = source, Title = $"第{b}批第{i}号通知", Text = "关于做好城市道路养护工作的通知。" }, 10, 1);
            }
            _host.Refresh();
        }
    }

    [Fact]
    public void A_fragmented_index_is_merged_down_and_keeps_every_document()
    {
        AddBatches(6, 5);
        Assert.True(_host.SegmentCount > 3, $"setup: {_host.SegmentCount} segments");
        var compaction = Compaction();
        Assert.True(compaction.Due);

        Assert.True(compaction.CompactIfFragmented());

        Assert.Equal(1, _host.SegmentCount);
        Assert.False(compaction.Due);
        Assert.Equal(30, _host.Search(s => s.Search(new MatchAllDocsQuery(), 1).TotalHits));
        Assert.False(compaction.CompactIfFragmented());
    }

    [Fact]
    public async Task Compaction_waits_until_ingest_is_idle_and_then_runs_in_the_background()
    {
        AddBatches(5, 2);
        var compaction = Compaction();
        compaction.MaybeStart(); // no scan has finished yet: ingest is not idle
        await Task.Delay(200);
        Assert.True(_host.SegmentCount > 3);

        _progress.ScanStarted();
        _progress.ScanFinished();
        compaction.MaybeStart();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (compaction.Due && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(1, _host.SegmentCount);
    }

    public void Dispose()
    {
        _host.Dispose();
        _store.Dispose();
        _analyzers.Dispose();
        _root.Delete(recursive: true);
    }
}

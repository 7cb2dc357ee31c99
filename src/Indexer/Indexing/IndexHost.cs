using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = System.IO.Directory;

namespace Gongkai.Indexer.Indexing;

/// <summary>
/// Owns the one <see cref="IndexWriter"/> of the index for the process lifetime and the
/// <see cref="SearcherManager"/> that hands out near-real-time searchers. Searches never open
/// their own reader. Each commit records the catalog sequence number it covers, so that after a
/// crash the catalog can replay exactly what the index missed.
/// </summary>
public sealed class IndexHost : IDisposable
{
    private const string SequenceKey = "catalogSeq";
    private readonly FSDirectory _dir;
    private readonly IndexWriter _writer;
    private volatile bool _refreshPaused;

    public SearcherManager Searchers { get; }
    public IndexAnalyzers Analyzers { get; }

    /// <summary>Catalog sequence number covered by the last commit.</summary>
    public long CommittedSequence { get; private set; }

    public IndexHost(IndexOptions options, IndexAnalyzers analyzers)
    {
        Analyzers = analyzers;
        Directory.CreateDirectory(options.Path);
        // NIOFSDirectory, not the MMapDirectory FSDirectory.Open picks: in Lucene.Net, reading stored
        // fields (decompressing the body for snippets) byte by byte through J2N's mapped buffers cost
        // ~20 % more CPU per search than buffered positional reads (bench/run.sh, docs/benchmarks.md).
        _dir = new NIOFSDirectory(new DirectoryInfo(options.Path));
        var config = new IndexWriterConfig(IndexAnalyzers.Version, analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = options.RamBufferMegabytes,
        };
        // A writer lock left by a killed process is stale: this process is the only writer of its data folder.
        if (IndexWriter.IsLocked(_dir)) IndexWriter.Unlock(_dir);
        _writer = new IndexWriter(_dir, config);
        if (DirectoryReader.IndexExists(_dir))
        {
            var infos = new SegmentInfos();
            infos.Read(_dir);
            var data = infos.UserData;
            CommittedSequence = data.TryGetValue(SequenceKey, out var s) && long.TryParse(s, out var n) ? n : 0;
        }
        Searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
    }

    public void Upsert(CatalogDocument document) =>
        _writer.UpdateDocument(IndexSchema.KeyTerm(document.Id), IndexSchema.ToDocument(document));

    public void Delete(string id) => _writer.DeleteDocuments(IndexSchema.KeyTerm(id));

    /// <summary>Drops every document (full rebuild); searchers keep the old view until the next refresh.</summary>
    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Makes everything written so far durable and records the catalog sequence it covers.</summary>
    public void Commit(long coveredSequence)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = coveredSequence.ToString() });
        _writer.Commit();
        CommittedSequence = coveredSequence;
    }

    public bool HasUncommittedChanges => _writer.HasUncommittedChanges();

    /// <summary>While paused (during a rebuild), searches keep seeing the last complete view.</summary>
    public void PauseRefresh(bool paused) => _refreshPaused = paused;

    public void Refresh()
    {
        if (!_refreshPaused) Searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs <paramref name="search"/> on a current searcher and releases it.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = Searchers.Acquire();
        try { return search(searcher); }
        finally { Searchers.Release(searcher); }
    }

    public long IndexSizeBytes() => _dir.ListAll().Sum(f => { try { return _dir.FileLength(f); } catch (IOException) { return 0; } });

    public void Dispose()
    {
        Searchers.Dispose();
        _writer.Dispose();
        _dir.Dispose();
    }
}

using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
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
    private readonly PositionalDirectory _dir;
    private readonly FileStream _processLock;
    private readonly IndexWriter _writer;
    private readonly System.Threading.Lock _refreshGate = new();
    private bool _refreshPaused;
    private long _changes;

    public SearcherManager Searchers { get; }
    public IndexAnalyzers Analyzers { get; }

    /// <summary>Catalog sequence number covered by the last commit.</summary>
    public long CommittedSequence { get; private set; }

    /// <param name="similarity">Scoring of every searcher handed out (null: Lucene's default). Set once here, never per
    /// search: the searchers are shared between threads, and lookups and relations must score the same way as searches.</param>
    public IndexHost(IndexOptions options, IndexAnalyzers analyzers, Similarity? similarity = null)
    {
        Analyzers = analyzers;
        Directory.CreateDirectory(options.Path);
        // One writer per index across processes (the service, an import). Lucene.Net's NativeFSLock
        // takes only a shared flock on Linux, so a second process gets it too (measured: both the
        // service and an import opened the same index); our own exclusive lock file decides instead.
        // The OS releases it when its process dies, so a crash needs no forced unlock.
        _processLock = ProcessLock(options.Path);
        // Buffered positional reads (see PositionalDirectory), not the MMapDirectory FSDirectory.Open
        // picks: in Lucene.Net, reading stored fields (decompressing the body for snippets) byte by byte
        // through J2N's mapped buffers cost ~20 % more CPU per search (bench/run.sh, docs/benchmarks.md).
        _dir = new PositionalDirectory(new DirectoryInfo(options.Path), new NativeFSLockFactory());
        var config = new IndexWriterConfig(IndexAnalyzers.Version, analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = options.RamBufferMegabytes,
        };
        try
        {
            _writer = new IndexWriter(_dir, config);
        }
        catch (LockObtainFailedException e)
        {
            _dir.Dispose();
            _processLock.Dispose();
            throw new IndexLockedException(options.Path, e);
        }
        if (DirectoryReader.IndexExists(_dir))
        {
            var infos = new SegmentInfos();
            infos.Read(_dir);
            var data = infos.UserData;
            CommittedSequence = data.TryGetValue(SequenceKey, out var s) && long.TryParse(s, out var n) ? n : 0;
        }
        Searchers = new SearcherManager(_writer, applyAllDeletes: true, new SimilarSearcherFactory(similarity));
    }

    public void Upsert(CatalogDocument document)
    {
        _writer.UpdateDocument(IndexSchema.KeyTerm(document.Id), IndexSchema.ToDocument(document));
        Interlocked.Increment(ref _changes);
    }

    public void Delete(string id)
    {
        _writer.DeleteDocuments(IndexSchema.KeyTerm(id));
        Interlocked.Increment(ref _changes);
    }

    /// <summary>Drops every document (full rebuild); searchers keep the old view until the next refresh.</summary>
    public void DeleteAll()
    {
        _writer.DeleteAll();
        Interlocked.Increment(ref _changes);
    }

    /// <summary>Documents written or deleted since the writer opened (a running count, for <see cref="RefreshPolicy"/>).</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>Makes everything written so far durable and records the catalog sequence it covers.</summary>
    public void Commit(long coveredSequence)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = coveredSequence.ToString() });
        _writer.Commit();
        CommittedSequence = coveredSequence;
    }

    public bool HasUncommittedChanges => _writer.HasUncommittedChanges();

    /// <summary>Segments of the current searcher's view.</summary>
    public int SegmentCount => Search(s => s.IndexReader.Leaves.Count);

    /// <summary>Merges down to at most <paramref name="maxSegments"/> segments; writes and searches go on meanwhile.</summary>
    public void Compact(int maxSegments) => _writer.ForceMerge(maxSegments, doWait: true);

    /// <summary>
    /// While paused (during a rebuild), searches keep seeing the last complete view. Pausing waits for
    /// a refresh already under way, so none can open a reader after the caller starts changing the index.
    /// </summary>
    public void PauseRefresh(bool paused)
    {
        lock (_refreshGate) _refreshPaused = paused;
    }

    public void Refresh()
    {
        lock (_refreshGate)
        {
            if (!_refreshPaused) Searchers.MaybeRefreshBlocking();
        }
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
        _processLock.Dispose();
    }

    private sealed class SimilarSearcherFactory(Similarity? similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            var searcher = base.NewSearcher(reader);
            if (similarity is not null) searcher.Similarity = similarity;
            return searcher;
        }
    }

    /// <summary>
    /// Opens <c>{index}.lock</c> beside the index folder with no sharing: .NET takes an exclusive
    /// flock on Unix (a share-mode lock on Windows), which fails at once while another process holds it.
    /// </summary>
    private static FileStream ProcessLock(string indexPath)
    {
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexPath)) + ".lock";
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString());
            stream.Write(pid);
            stream.Flush();
            return stream;
        }
        catch (IOException e)
        {
            throw new IndexLockedException(indexPath, e);
        }
    }
}

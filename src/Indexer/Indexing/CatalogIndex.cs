using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Extraction;
using Microsoft.Extensions.Logging;

namespace Gongkai.Indexer.Indexing;

/// <summary>
/// The only path by which documents enter or leave the catalog and the index, keeping them in step.
/// Each change is written to the catalog first (durable, numbered), then to the index writer.
/// A commit records the highest sequence number below which every change has reached the writer,
/// so after a crash <see cref="CatchUp"/> replays exactly the changes the index may have lost.
/// Thread-safe: several ingest workers may call it at once; analysis runs outside the lock.
/// </summary>
public sealed class CatalogIndex(ICatalogStore store, IndexHost host, ILogger<CatalogIndex> log)
{
    private readonly Lock _gate = new();
    private readonly SortedSet<long> _inFlight = [];
    private long _rebuilding;

    public ICatalogStore Store => store;

    /// <summary>
    /// Whether a change is between the catalog and the index writer: the catalog already counts it (a document
    /// no longer pending) while a search cannot find it yet. Read after the catalog's counts, it closes that window
    /// (both are updated under one lock).
    /// </summary>
    public bool Writing
    {
        get { lock (_gate) return _inFlight.Count > 0; }
    }
    public IndexHost Host => host;

    public void Save(CatalogDocument document, long size, long modifiedTicks) =>
        Apply(() => store.SaveDocument(document, size, modifiedTicks), () => host.Upsert(document));

    public void RecordFailure(string source, long size, long modifiedTicks, FailureReason reason, string message) =>
        Apply(() => store.RecordFailure(source, size, modifiedTicks, reason, message), () => host.Delete(DocumentId.ForSource(source)));

    public void RemoveSource(string source) =>
        Apply(() => store.RemoveSource(source), () => host.Delete(DocumentId.ForSource(source)));

    /// <summary>Re-applies the catalog record of a document to the index (after a staff edit or withdrawal).</summary>
    public void Reindex(CatalogDocument document) =>
        Apply(() => store.SaveDocument(document, store.GetSource(document.Source)?.Size ?? 0, store.GetSource(document.Source)?.ModifiedTicks ?? 0),
              () => host.Upsert(document));

    /// <summary>Replays catalog changes the last commit does not cover. Run once at start-up before serving.</summary>
    public int CatchUp()
    {
        var from = host.CommittedSequence;
        var replayed = 0;
        foreach (var (_, id) in store.RemovedSince(from)) { host.Delete(id); replayed++; }
        foreach (var (_, doc) in store.ChangedSince(from)) { host.Upsert(doc); replayed++; }
        Commit();
        if (replayed > 0) log.LogInformation("Replayed {Count} catalog changes after sequence {Seq}", replayed, from);
        return replayed;
    }

    /// <summary>
    /// Rebuilds the whole index from the catalog. Searches keep the previous view until the
    /// rebuild is complete and committed, so they are never interrupted or see a half index.
    /// </summary>
    public int Rebuild()
    {
        if (Interlocked.Exchange(ref _rebuilding, 1) == 1) throw new InvalidOperationException("a rebuild is already running");
        host.PauseRefresh(true);
        try
        {
            host.DeleteAll();
            var count = 0;
            foreach (var (_, doc) in store.ChangedSince(0)) { host.Upsert(doc); count++; }
            Commit();
            return count;
        }
        finally
        {
            host.PauseRefresh(false);
            host.Refresh();
            Interlocked.Exchange(ref _rebuilding, 0);
        }
    }

    public void Commit()
    {
        long safe;
        lock (_gate) safe = _inFlight.Count > 0 ? _inFlight.Min - 1 : store.LastSequence;
        host.Commit(Math.Max(safe, 0));
    }

    private void Apply(Func<long?> catalogWrite, Action indexWrite)
    {
        long? seq;
        lock (_gate)
        {
            seq = catalogWrite();
            if (seq is { } s) _inFlight.Add(s);
        }
        try
        {
            indexWrite();
        }
        finally
        {
            if (seq is { } s) lock (_gate) _inFlight.Remove(s);
        }
    }
}

using System.Diagnostics;
using Gongkai.Indexer.Indexing;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Bulk import without the service: the same scan and ingest pipeline, run synchronously. The scan
/// compares the folder with the catalog (new and changed files queued, vanished ones removed, pending
/// uploads re-queued); each queued file is then ingested in turn and reported. The index is committed
/// every <see cref="CommitEvery"/> files, so an interrupted import keeps most of its work (the catalog
/// keeps all of it; the next start replays the rest).
/// </summary>
public sealed class FolderImporter(CorpusScanner scanner, DeferredIngestQueue queue, IngestService ingest, UploadIngestService uploads, CatalogIndex index)
{
    public const int CommitEvery = 500;

    public ImportSummary Run(Action<ImportProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        index.CatchUp();
        scanner.Scan();
        var sources = queue.Drain();
        var (indexed, unchanged, removed) = (0, 0, 0);
        var failures = new List<ImportFailure>();
        for (var i = 0; i < sources.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var source = sources[i];
            var outcome = source.StartsWith(CorpusScanner.UploadPrefix, StringComparison.Ordinal)
                ? uploads.IngestSource(source)
                : ingest.IngestCorpusFile(source);
            switch (outcome)
            {
                case IngestOutcome.Indexed: indexed++; break;
                case IngestOutcome.Unchanged: unchanged++; break;
                case IngestOutcome.Removed: removed++; break;
                case IngestOutcome.Failed:
                    var rec = index.Store.GetSource(source);
                    failures.Add(new ImportFailure(source, rec?.Reason, rec?.Message));
                    break;
            }
            if ((i + 1) % CommitEvery == 0) index.Commit();
            progress?.Invoke(new ImportProgress(i + 1, sources.Count, source, clock.Elapsed));
        }
        index.Commit();
        return new ImportSummary(sources.Count, indexed, unchanged, removed, failures, clock.Elapsed);
    }
}

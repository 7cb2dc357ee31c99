using System.Diagnostics;
using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Indexing;
using Microsoft.Extensions.Options;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Bulk import without the service: the same ingest pipeline, run synchronously. Files under the
/// folder that are new or changed since the catalog last saw them are marked pending and queued
/// (as the scan does), then ingested in turn and reported. Unlike the service's scan it never
/// removes anything: the folder may be one part of the corpus. The index is committed every
/// <see cref="CommitEvery"/> files, so an interrupted import keeps most of its work (the catalog
/// keeps all of it; the next start replays the rest, and pending files are queued again).
/// </summary>
public sealed class FolderImporter(
    IOptions<CorpusOptions> corpus, CorpusScanner scanner, SidecarReader sidecars, DeferredIngestQueue queue,
    IngestService ingest, CatalogIndex index)
{
    public const int CommitEvery = 500;

    /// <param name="folder">Folder to import; it must lie within the corpus root (sources are relative to the root).</param>
    public ImportSummary Run(string folder, Action<ImportProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        index.CatchUp();
        var unchanged = Queue(Path.GetFullPath(folder));
        var sources = queue.Drain();
        var (indexed, removed) = (0, 0);
        var failures = new List<ImportFailure>();
        for (var i = 0; i < sources.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            switch (ingest.IngestCorpusFile(sources[i]))
            {
                case IngestOutcome.Indexed: indexed++; break;
                case IngestOutcome.Unchanged: unchanged++; break;
                case IngestOutcome.Removed: removed++; break;
                case IngestOutcome.Failed:
                    var rec = index.Store.GetSource(sources[i]);
                    failures.Add(new ImportFailure(sources[i], rec?.Reason, rec?.Message));
                    break;
            }
            if ((i + 1) % CommitEvery == 0) index.Commit();
            progress?.Invoke(new ImportProgress(i + 1, sources.Count, sources[i], clock.Elapsed));
        }
        index.Commit();
        return new ImportSummary(sources.Count, indexed, unchanged, removed, failures, clock.Elapsed);
    }

    /// <summary>Marks new and changed files pending and queues them; returns how many were unchanged.</summary>
    private int Queue(string folder)
    {
        var root = Path.GetFullPath(corpus.Value.Path);
        if (folder != root && !folder.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"folder {folder} is outside the corpus root {root}", nameof(folder));
        var unchanged = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path);
            if (sidecars.IsMetadataFile(path) || IsHiddenOrReadme(relative)) continue;
            var source = DocumentId.NormaliseSource(relative);
            var (size, ticks) = scanner.Fingerprint(path);
            if (index.Store.GetSource(source) is { } known && known.IsUnchanged(size, ticks))
            {
                unchanged++;
                continue;
            }
            index.Store.MarkPending(source, size, ticks);
            queue.EnqueueFile(source);
        }
        return unchanged;
    }

    // The scan's rule: hidden files and folders and README.md are not documents.
    private static bool IsHiddenOrReadme(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.'))
        || Path.GetFileName(relative).Equals("README.md", StringComparison.OrdinalIgnoreCase);
}

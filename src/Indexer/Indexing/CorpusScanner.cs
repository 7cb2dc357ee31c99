using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Indexer.Indexing;

/// <summary>
/// Compares the corpus folder with the catalog: new, changed and still-pending files are queued,
/// files that are gone are removed — unless so many are gone that the folder itself is the likelier fault
/// (<see cref="CorpusOptions.MaxRemovalShare"/>). A file's fingerprint is its size and the later of its own and
/// its sidecar's modification time, so editing a sidecar re-ingests the file.
/// </summary>
public sealed class CorpusScanner(
    IOptions<CorpusOptions> options, CatalogIndex index, SidecarReader sidecars, IIngestQueue queue,
    IngestProgress progress, ILogger<CorpusScanner> log)
{
    public const string UploadPrefix = "uploads/";

    /// <summary>Files queued together: large enough that a queue's cost per entry vanishes, small enough that workers start at once and share the work.</summary>
    public const int BatchSize = 16;

    /// <summary>Marks a batch pending (one transaction) before queueing it: a crash in between leaves it pending, and the next scan queues it.</summary>
    private void Enqueue(List<(string Source, long Size, long ModifiedTicks)> batch)
    {
        index.Store.MarkPending(batch);
        queue.EnqueueFiles([.. batch.Select(f => f.Source)]);
        batch.Clear();
    }

    public int Scan()
    {
        progress.ScanStarted();
        try
        {
            var root = Path.GetFullPath(options.Value.Path);
            var known = index.Store.ListSources().ToDictionary(s => s.Source);
            var seen = new HashSet<string>();
            var queued = 0;
            var batch = new List<(string Source, long Size, long ModifiedTicks)>(BatchSize);
            if (Directory.Exists(root))
            {
                foreach (var path in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                {
                    if (sidecars.IsMetadataFile(path) || IsHiddenOrReadme(root, path)) continue;
                    var source = DocumentId.NormaliseSource(Path.GetRelativePath(root, path));
                    seen.Add(source);
                    var (size, ticks) = Fingerprint(path);
                    if (known.TryGetValue(source, out var rec) && rec.IsUnchanged(size, ticks)) continue;
                    batch.Add((source, size, ticks));
                    queued++;
                    if (batch.Count == BatchSize) Enqueue(batch);
                }

                if (batch.Count > 0) Enqueue(batch);
            }
            else
            {
                log.LogWarning("Corpus folder {Root} does not exist; nothing to index", root);
            }

            var corpusSources = known.Keys.Where(k => !k.StartsWith(UploadPrefix, StringComparison.Ordinal)).ToList();
            var gone = corpusSources.Where(k => !seen.Contains(k)).ToList();
            if (RemovalHeld(root, seen.Count, gone.Count, corpusSources.Count) is { } why)
                log.LogError("Corpus scan of {Root}: {Gone} of {Known} documents' files are gone; none removed ({Why})", root, gone.Count, corpusSources.Count, why);
            else
                foreach (var source in gone) index.RemoveSource(source);
            // Uploads live in the data folder; one left pending by a crash is queued again.
            foreach (var upload in known.Values.Where(k => k.Source.StartsWith(UploadPrefix, StringComparison.Ordinal) && k.State == SourceState.Pending))
                queue.EnqueueFile(upload.Source);
            log.LogInformation("Corpus scan of {Root}: {Seen} files, {Queued} queued", root, seen.Count, queued);
            return queued;
        }
        finally
        {
            progress.ScanFinished();
        }
    }

    /// <summary>Why the files that are gone must not be removed now, or null when they may be (see <see cref="CorpusOptions.MaxRemovalShare"/>).</summary>
    private string? RemovalHeld(string root, int seen, int gone, int known)
    {
        if (gone == 0) return null;
        if (seen == 0) return Directory.Exists(root) ? "the folder is empty: not mounted?" : "the folder does not exist";
        var o = options.Value;
        return known >= o.RemovalGuardMinimum && gone > o.MaxRemovalShare * known
            ? $"more than {o.MaxRemovalShare:P0} at once; set Corpus:MaxRemovalShare to allow it"
            : null;
    }

    public (long Size, long Ticks) Fingerprint(string path)
    {
        var info = new FileInfo(path);
        var ticks = info.LastWriteTimeUtc.Ticks;
        var sidecar = new FileInfo(sidecars.SidecarPathOf(path));
        if (sidecar.Exists) ticks = Math.Max(ticks, sidecar.LastWriteTimeUtc.Ticks);
        return (info.Length, ticks);
    }

    private static bool IsHiddenOrReadme(string root, string path)
    {
        var rel = Path.GetRelativePath(root, path);
        return rel.Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.'))
               || Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);
    }
}

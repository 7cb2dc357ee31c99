using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Indexer.Indexing;

/// <summary>
/// Compares the corpus folder with the catalog: new, changed and still-pending files are queued,
/// files that are gone are removed. A file's fingerprint is its size and the later of its own and
/// its sidecar's modification time, so editing a sidecar re-ingests the file.
/// </summary>
public sealed class CorpusScanner(
    IOptions<CorpusOptions> options, CatalogIndex index, SidecarReader sidecars, IIngestQueue queue,
    IngestProgress progress, ILogger<CorpusScanner> log)
{
    public const string UploadPrefix = "uploads/";

    public int Scan()
    {
        progress.ScanStarted();
        try
        {
            var root = Path.GetFullPath(options.Value.Path);
            var known = index.Store.ListSources().ToDictionary(s => s.Source);
            var seen = new HashSet<string>();
            var queued = 0;
            if (Directory.Exists(root))
            {
                foreach (var path in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                {
                    if (sidecars.IsMetadataFile(path) || IsHiddenOrReadme(root, path)) continue;
                    var source = DocumentId.NormaliseSource(Path.GetRelativePath(root, path));
                    seen.Add(source);
                    var (size, ticks) = Fingerprint(path);
                    if (known.TryGetValue(source, out var rec) && rec.IsUnchanged(size, ticks)) continue;
                    index.Store.MarkPending(source, size, ticks);
                    queue.EnqueueFile(source);
                    queued++;
                }
            }
            else
            {
                log.LogWarning("Corpus folder {Root} does not exist; nothing to index", root);
            }

            foreach (var gone in known.Keys.Where(k => !seen.Contains(k) && !k.StartsWith(UploadPrefix, StringComparison.Ordinal)))
                index.RemoveSource(gone);
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

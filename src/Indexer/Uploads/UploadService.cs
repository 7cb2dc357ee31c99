using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Hosting;
using Gongkai.Indexer.Indexing;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Accepts an uploaded original: stores it under <c>{data}/uploads/{jobId}/{safe name}</c>, then
/// makes the work durable before anyone is told about it — the source is marked pending in the
/// catalog (the start-up scan re-queues pending uploads after a crash) and the job is recorded —
/// and finally queues the ingest. Its source is <c>uploads/{jobId}/{safe name}</c>.
/// </summary>
public sealed class UploadService(DataFolder data, ICatalogStore catalog, IJobStore jobs, IIngestQueue queue)
{
    public async Task<JobRecord> AcceptAsync(Stream content, string fileName, ProvidedMetadata metadata, CancellationToken cancel = default)
    {
        var name = UploadFileName.Sanitise(fileName);
        var jobId = Guid.NewGuid().ToString("N")[..16];
        var path = StoredPath(jobId, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            await content.CopyToAsync(file, cancel).ConfigureAwait(false);

        var source = SourceOf(jobId, name);
        var info = new FileInfo(path);
        // Pending first: if the process dies before the job row exists, the scan still ingests the file.
        catalog.MarkPending(source, info.Length, info.LastWriteTimeUtc.Ticks);
        var job = jobs.Create(JobKind.Upload, source, metadata, jobId);
        queue.EnqueueFile(source);
        return job;
    }

    public static string SourceOf(string jobId, string safeName) => $"{CorpusScanner.UploadPrefix}{jobId}/{safeName}";

    /// <summary>Where the original of an <c>uploads/…</c> source is kept; refuses any path that would leave the uploads folder.</summary>
    public string StoredPathOf(string source)
    {
        if (!source.StartsWith(CorpusScanner.UploadPrefix, StringComparison.Ordinal))
            throw new ArgumentException($"not an upload source: {source}", nameof(source));
        return Inside(Path.Combine(data.UploadsPath, source[CorpusScanner.UploadPrefix.Length..]));
    }

    private string StoredPath(string jobId, string safeName) => Inside(Path.Combine(data.UploadsPath, jobId, safeName));

    private string Inside(string path)
    {
        var root = Path.GetFullPath(data.UploadsPath) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(root, StringComparison.Ordinal)) throw new ArgumentException($"path escapes the uploads folder: {path}");
        return full;
    }
}

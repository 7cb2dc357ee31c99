using Gongkai.Indexer.Indexing;
using Hangfire;

namespace Gongkai.Indexer.Jobs;

/// <summary>
/// Sends <c>uploads/…</c> sources to <see cref="IngestUploadJob"/> (their originals live in the data
/// folder, not the corpus) and everything else to the queue it wraps. Without it, an upload
/// re-queued by the start-up scan would be looked for in the corpus and forgotten as deleted.
/// </summary>
public sealed class UploadRoutingIngestQueue(IIngestQueue corpus, IBackgroundJobClient jobs) : IIngestQueue
{
    public void EnqueueFile(string source)
    {
        if (source.StartsWith(CorpusScanner.UploadPrefix, StringComparison.Ordinal)) jobs.Enqueue<IngestUploadJob>(j => j.Run(source));
        else corpus.EnqueueFile(source);
    }

    public void EnqueueFiles(IReadOnlyList<string> sources)
    {
        var uploads = sources.Where(s => s.StartsWith(CorpusScanner.UploadPrefix, StringComparison.Ordinal)).ToList();
        foreach (var upload in uploads) EnqueueFile(upload);
        if (uploads.Count == sources.Count) return;
        corpus.EnqueueFiles(uploads.Count == 0 ? sources : sources.Where(s => !s.StartsWith(CorpusScanner.UploadPrefix, StringComparison.Ordinal)).ToList());
    }
}

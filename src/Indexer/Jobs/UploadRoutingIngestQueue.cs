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
        if (IsUpload(source)) jobs.Enqueue<IngestUploadJob>(j => j.Run(source));
        else corpus.EnqueueFile(source);
    }

    public void EnqueueFiles(IReadOnlyList<string> sources)
    {
        foreach (var upload in sources.Where(IsUpload)) EnqueueFile(upload);
        var corpusFiles = sources.Where(s => !IsUpload(s)).ToList();
        if (corpusFiles.Count > 0) corpus.EnqueueFiles(corpusFiles);
    }

    private static bool IsUpload(string source) => source.StartsWith(CorpusScanner.UploadPrefix, StringComparison.Ordinal);
}

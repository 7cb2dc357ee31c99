using Gongkai.Indexer.Indexing;
using Hangfire;

namespace Gongkai.Indexer.Jobs;

/// <summary>
/// Queues a single file as its own Hangfire job and the files of a scan as one job per batch, on
/// durable storage in the service. Each Hangfire job costs several storage writes and a poll on
/// SQLite: one job per file, the service took 95 s to ingest ../shared/corpus that the pipeline
/// itself ingests in ≈ 35 s (docs/benchmarks.md). The catalog, not the job, is what survives a
/// crash: files still pending are queued again by the next scan, and ingest is idempotent.
/// </summary>
public sealed class HangfireIngestQueue(IBackgroundJobClient jobs) : IIngestQueue
{
    public void EnqueueFile(string source) => jobs.Enqueue<IngestFileJob>(j => j.Run(source));

    public void EnqueueFiles(IReadOnlyList<string> sources)
    {
        if (sources.Count == 1)
        {
            EnqueueFile(sources[0]);
            return;
        }

        var batch = sources.ToArray();
        jobs.Enqueue<IngestBatchJob>(j => j.Run(batch));
    }
}

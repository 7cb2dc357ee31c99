using Gongkai.Indexer.Indexing;
using Hangfire;

namespace Gongkai.Indexer.Jobs;

/// <summary>Queues each file as its own Hangfire job, on durable storage in the service.</summary>
public sealed class HangfireIngestQueue(IBackgroundJobClient jobs) : IIngestQueue
{
    public void EnqueueFile(string source) => jobs.Enqueue<IngestFileJob>(j => j.Run(source));
}

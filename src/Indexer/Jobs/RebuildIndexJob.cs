using Gongkai.Indexer.Uploads;
using Hangfire;

namespace Gongkai.Indexer.Jobs;

/// <summary>Hangfire entry point: rebuild the whole index from the catalog, followed by job id.</summary>
public sealed class RebuildIndexJob(IndexRebuilder rebuilder)
{
    [AutomaticRetry(Attempts = 0)]
    public void Run(string jobId) => rebuilder.Run(jobId);
}

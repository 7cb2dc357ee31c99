using Gongkai.Indexer.Indexing;
using Hangfire;

namespace Gongkai.Indexer.Jobs;

/// <summary>
/// The files of one scan batch, ingested one after the other (see <see cref="HangfireIngestQueue"/>).
/// Each file's failure is recorded by <see cref="IngestService"/> and the batch goes on; if the batch
/// itself stops (the service shutting down), its remaining files are still pending in the catalog and
/// the next scan queues them again.
/// </summary>
public sealed class IngestBatchJob(IngestService ingest)
{
    // A Hangfire retry would only repeat the failures the service recorded.
    [AutomaticRetry(Attempts = 0)]
    public void Run(string[] sources)
    {
        foreach (var source in sources) ingest.IngestCorpusFile(source);
    }
}

using Gongkai.Indexer.Indexing;
using Hangfire;

namespace Gongkai.Indexer.Jobs;

/// <summary>The files of one scan batch, ingested one after the other (see <see cref="HangfireIngestQueue"/>).</summary>
public sealed class IngestBatchJob(IngestService ingest)
{
    // Each file's failure is recorded by the service itself; a Hangfire retry would only repeat them.
    [AutomaticRetry(Attempts = 0)]
    public void Run(string[] sources)
    {
        foreach (var source in sources) ingest.IngestCorpusFile(source);
    }
}

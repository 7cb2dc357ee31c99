using Gongkai.Indexer.Indexing;
using Hangfire;

namespace Gongkai.Indexer.Jobs;

/// <summary>Hangfire entry point: one corpus file. The argument is a path, never an object.</summary>
public sealed class IngestFileJob(IngestService ingest)
{
    // Failures are recorded by the service itself; a Hangfire retry would only repeat them.
    [AutomaticRetry(Attempts = 0)]
    public void Run(string source) => ingest.IngestCorpusFile(source);
}

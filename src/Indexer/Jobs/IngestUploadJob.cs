using Gongkai.Indexer.Uploads;
using Hangfire;

namespace Gongkai.Indexer.Jobs;

/// <summary>Hangfire entry point: one uploaded file, by its source (<c>uploads/{jobId}/{name}</c>).</summary>
public sealed class IngestUploadJob(UploadIngestService uploads)
{
    // Failures are recorded in the catalog and the job record; a Hangfire retry would only repeat them.
    [AutomaticRetry(Attempts = 0)]
    public void Run(string source) => uploads.IngestSource(source);
}

using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Extraction;
using Gongkai.Indexer.Indexing;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Ingests an uploaded original through the same pipeline as corpus files, with the metadata
/// given at upload, and keeps its job record current. Idempotent: delivered twice (Hangfire is
/// at-least-once, and the start-up scan re-queues pending uploads), the second run finds the
/// file unchanged and only confirms the job.
/// </summary>
public sealed class UploadIngestService(UploadService uploads, IngestService ingest, CatalogIndex index, IJobStore jobs)
{
    public IngestOutcome IngestSource(string source)
    {
        var job = jobs.FindBySource(source);
        if (job is not null) jobs.SetState(job.Id, JobState.Running);
        try
        {
            var outcome = Ingest(source, job?.Metadata ?? ProvidedMetadata.Empty);
            if (job is not null)
            {
                if (outcome is IngestOutcome.Indexed or IngestOutcome.Unchanged)
                    jobs.SetState(job.Id, JobState.Succeeded, documentId: DocumentId.ForSource(source));
                else
                    jobs.SetState(job.Id, JobState.Failed, index.Store.GetSource(source)?.Message ?? outcome.ToString());
            }
            return outcome;
        }
        catch (Exception e) when (job is not null)
        {
            // Recorded so the client polling the job sees why; rethrown so the job runner sees it too.
            jobs.SetState(job.Id, JobState.Failed, e.Message);
            throw;
        }
    }

    private IngestOutcome Ingest(string source, ProvidedMetadata given)
    {
        var path = uploads.StoredPathOf(source);
        if (!File.Exists(path))
        {
            index.RecordFailure(source, 0, 0, FailureReason.Empty, $"{Path.GetFileName(path)}：上传的原文件已不在存储中");
            return IngestOutcome.Failed;
        }
        return ingest.IngestStoredFile(source, path, given);
    }
}

using Gongkai.Indexer.Indexing;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Staff-requested full rebuild of the Lucene index from the catalog, followed through a job
/// record. Only one rebuild is queued or running at a time: asking again returns that job.
/// </summary>
public sealed class IndexRebuilder(CatalogIndex index, IJobStore jobs)
{
    private readonly Lock _gate = new();

    /// <summary>The rebuild job already queued or running, or a new one; <paramref name="isNew"/> says which.</summary>
    public JobRecord Request(out bool isNew)
    {
        lock (_gate)
        {
            var existing = jobs.Unfinished(JobKind.Rebuild).FirstOrDefault();
            isNew = existing is null;
            return existing ?? jobs.Create(JobKind.Rebuild, null, null);
        }
    }

    public int Run(string jobId)
    {
        jobs.SetState(jobId, JobState.Running);
        try
        {
            var count = index.Rebuild();
            jobs.SetState(jobId, JobState.Succeeded);
            return count;
        }
        catch (Exception e)
        {
            jobs.SetState(jobId, JobState.Failed, e.Message);
            throw;
        }
    }
}

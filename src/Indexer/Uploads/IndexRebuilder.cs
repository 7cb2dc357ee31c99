using Gongkai.Indexer.Indexing;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Staff-requested full rebuild of the Lucene index from the catalog, followed through a job
/// record. Only one rebuild is queued or running at a time: asking again returns that job.
/// </summary>
public sealed class IndexRebuilder(CatalogIndex index, IJobStore jobs)
{
    private readonly Lock _gate = new();
    // Jobs requested by this process. An unfinished one not in here was cut short by a restart.
    private readonly HashSet<string> _requestedHere = [];

    /// <summary>The rebuild job already queued or running, or a new one; <paramref name="isNew"/> says which.</summary>
    public JobRecord Request(out bool isNew)
    {
        lock (_gate)
        {
            foreach (var stale in jobs.Unfinished(JobKind.Rebuild).Where(j => !_requestedHere.Contains(j.Id)))
                jobs.SetState(stale.Id, JobState.Failed, "服务重启，重建中断");
            var existing = jobs.Unfinished(JobKind.Rebuild).FirstOrDefault();
            isNew = existing is null;
            var job = existing ?? jobs.Create(JobKind.Rebuild, null, null);
            _requestedHere.Add(job.Id);
            return job;
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

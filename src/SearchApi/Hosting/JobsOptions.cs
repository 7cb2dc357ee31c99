namespace Gongkai.SearchApi.Hosting;

public enum JobStorageKind { SQLite, InMemory }

/// <summary>Options of the background jobs (section "Jobs").</summary>
public sealed class JobsOptions
{
    /// <summary>SQLite (durable, the embedded default) or InMemory (tests; the catalog still re-queues unfinished files at start).</summary>
    public JobStorageKind Storage { get; set; } = JobStorageKind.SQLite;

    /// <summary>
    /// Hangfire workers, one per core. Measured on the 2-core machine (docs/benchmarks.md): the
    /// pipeline alone ingests as fast with one worker as with two (the second core goes to merges,
    /// GC and JIT) at 30–45 % less CPU per document, but through Hangfire two workers reached
    /// "ready" on ../shared/corpus sooner (49 / 49 s vs 56 / 51 s), the job queue's own waits overlapping.
    /// </summary>
    public int Workers { get; set; } = DefaultWorkers;

    public static int DefaultWorkers => Math.Max(1, Environment.ProcessorCount);

    /// <summary>How long a job that was running when the process died stays invisible before it runs again (jobs are idempotent).</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often idle workers look for new jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}

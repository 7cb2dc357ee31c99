namespace Gongkai.SearchApi.Hosting;

public enum JobStorageKind { SQLite, InMemory }

/// <summary>Options of the background jobs (section "Jobs").</summary>
public sealed class JobsOptions
{
    /// <summary>SQLite (durable, the embedded default) or InMemory (tests; the catalog still re-queues unfinished files at start).</summary>
    public JobStorageKind Storage { get; set; } = JobStorageKind.SQLite;

    /// <summary>
    /// Hangfire workers (ingest jobs are CPU-bound). One core is left for what ingest also needs —
    /// Lucene's merges and flushes, the GC, the JIT — and for searches: on the 2-core machine two
    /// workers ingested ../shared/corpus no faster than one and spent 30–45 % more CPU per document
    /// (docs/benchmarks.md).
    /// </summary>
    public int Workers { get; set; } = DefaultWorkers;

    public static int DefaultWorkers => Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>How long a job that was running when the process died stays invisible before it runs again (jobs are idempotent).</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often idle workers look for new jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}

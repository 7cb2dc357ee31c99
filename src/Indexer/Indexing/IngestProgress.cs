namespace Gongkai.Indexer.Indexing;

/// <summary>Our own record of the background work, for /api/status (not Hangfire's model).</summary>
public sealed class IngestProgress
{
    private int _scansRunning;
    private long _scansCompleted;

    public DateTimeOffset? LastScanFinished { get; private set; }

    /// <summary>At least one full scan has finished and none is running.</summary>
    public bool ScanSettled => Interlocked.Read(ref _scansCompleted) > 0 && Volatile.Read(ref _scansRunning) == 0;

    public void ScanStarted() => Interlocked.Increment(ref _scansRunning);

    public void ScanFinished()
    {
        LastScanFinished = DateTimeOffset.UtcNow;
        Interlocked.Increment(ref _scansCompleted);
        Interlocked.Decrement(ref _scansRunning);
    }
}

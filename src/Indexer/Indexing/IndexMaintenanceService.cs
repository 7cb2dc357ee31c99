using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Indexer.Indexing;

/// <summary>
/// Keeps the index current in the background: refreshes searchers so new documents become
/// visible within <see cref="IndexOptions.RefreshInterval"/> (<see cref="IndexOptions.BulkRefreshInterval"/>
/// during a bulk ingest, see <see cref="RefreshPolicy"/>), and commits every
/// <see cref="IndexOptions.CommitInterval"/> while changes arrive (never per document).
/// Once ingest is idle it has a fragmented index compacted (<see cref="IndexCompaction"/>).
/// On start it replays catalog changes the last commit missed; on stop it commits.
/// </summary>
public sealed class IndexMaintenanceService(CatalogIndex index, IndexCompaction compaction, IOptions<IndexOptions> options, ILogger<IndexMaintenanceService> log)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Before anything serves or ingests: the index must reflect the catalog.
        index.CatchUp();
        index.Host.Refresh();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastCommit = DateTimeOffset.UtcNow;
        var policy = new RefreshPolicy(options.Value);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                if (policy.ShouldRefresh(index.Host.Changes, clock.Elapsed)) index.Host.Refresh();
                if (DateTimeOffset.UtcNow - lastCommit >= options.Value.CommitInterval && index.Host.HasUncommittedChanges)
                {
                    index.Commit();
                    lastCommit = DateTimeOffset.UtcNow;
                }
                compaction.MaybeStart();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                log.LogWarning(e, "Index maintenance failed; will try again");
            }
        }
    }

    private int _stopped;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // Hosts (the test host in particular) may call StopAsync again after services are disposed.
        if (Interlocked.Exchange(ref _stopped, 1) != 0) return;
        try
        {
            index.Commit();
        }
        catch (ObjectDisposedException e)
        {
            // The catalog or index closed first (a host disposing while stopping). Nothing is lost:
            // the next start replays what the last commit missed (CatchUp).
            log.LogWarning(e, "Final index commit skipped: already closed");
        }
    }
}

using Gongkai.Indexer.Indexing;
using Xunit;

namespace Gongkai.Indexer.Tests.Indexing;

public class RefreshPolicyTests
{
    private static readonly IndexOptions Options = new()
    {
        RefreshInterval = TimeSpan.FromMilliseconds(500), BulkChanges = 20, BulkRefreshInterval = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public void A_trickle_of_changes_is_made_visible_at_every_tick()
    {
        var policy = new RefreshPolicy(Options);
        long changes = 0;
        for (var tick = 1; tick <= 20; tick++)
        {
            changes += 3;
            Assert.True(policy.ShouldRefresh(changes, Tick(tick)), $"tick {tick}");
        }
    }

    [Fact]
    public void A_bulk_ingest_is_made_visible_every_bulk_interval_and_at_the_first_quiet_tick()
    {
        var policy = new RefreshPolicy(Options);
        long changes = 0;
        var refreshed = new List<int>();
        for (var tick = 1; tick <= 30; tick++)
        {
            changes += tick <= 25 ? 80 : 0; // 160 documents a second for 12.5 s, then quiet
            if (policy.ShouldRefresh(changes, Tick(tick))) refreshed.Add(tick);
        }

        // The first bulk tick refreshes (nothing was refreshed for longer than the bulk interval),
        // then every 10 ticks (5 s), then the first quiet tick and every quiet tick after it.
        Assert.Equal([1, 11, 21, 26, 27, 28, 29, 30], refreshed);
    }

    private static TimeSpan Tick(int n) => TimeSpan.FromMilliseconds(500 * n) + TimeSpan.FromSeconds(10);
}

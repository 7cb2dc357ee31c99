namespace Gongkai.Indexer.Indexing;

/// <summary>
/// When the maintenance tick reopens the searchers. A reopen flushes the writer's buffers into a
/// new segment, so reopening every 500 ms during a bulk ingest wrote ~100 tiny segments a minute
/// and kept the merge thread busy (ingest of ../shared/corpus: 15.4 CPU ms per document at 0.5 s,
/// 12.0 at 5 s, same run). So a trickle (a staff upload, a changed file) is visible within one
/// <see cref="IndexOptions.RefreshInterval"/>, while a bulk ingest (more than
/// <see cref="IndexOptions.BulkChanges"/> changes in one interval) is made visible every
/// <see cref="IndexOptions.BulkRefreshInterval"/> — and at the first quiet tick after it.
/// Not thread-safe: one maintenance loop owns it.
/// </summary>
public sealed class RefreshPolicy(IndexOptions options)
{
    private long _changesAtLastTick;
    private TimeSpan _lastRefresh = TimeSpan.Zero;

    /// <param name="changes">Changes written since the writer opened (a running count).</param>
    /// <param name="now">Time on a monotonic clock.</param>
    public bool ShouldRefresh(long changes, TimeSpan now)
    {
        var sinceLastTick = changes - _changesAtLastTick;
        _changesAtLastTick = changes;
        var refresh = sinceLastTick <= options.BulkChanges || now - _lastRefresh >= options.BulkRefreshInterval;
        if (refresh)
        {
            _lastRefresh = now;
        }

        return refresh;
    }
}

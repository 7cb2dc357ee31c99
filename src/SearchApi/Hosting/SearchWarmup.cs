using System.Diagnostics;
using Gongkai.SearchApi.Querying;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Hosting;

/// <summary>
/// Runs one search in the background as the service starts (Solr's firstSearcher listener does the same), so
/// that the first person to search does not pay for what only the first search needs: SmartCn's dictionaries
/// and ICU's sentence rules load, places are learnt from the index, facet tables are read, the copy finder's
/// tables start building. On a prebuilt 200k index those made the first search ≈ 0.9 s; the host takes ≈ 1 s
/// to start and answer its first request, mostly on one core, so the warm-up runs on the other while it does:
/// it is the first hosted service, and searches the index as opened (what the catch-up then adds is a segment
/// or two; the rest is per segment and stays warm). Nothing is kept of the search itself.
/// </summary>
public sealed class SearchWarmup(SearchService search, IOptions<SearchOptions> options, ILogger<SearchWarmup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.WarmUpQuery)) return Task.CompletedTask;
        // Its own thread: on 2 cores the thread pool starts with 2 threads, which the host needs now.
        new Thread(() => Run()) { IsBackground = true, Name = "search warm-up" }.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The warm-up search; false when it failed (logged, never thrown).</summary>
    internal bool Run()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var total = search.WarmUp(options.Value.WarmUpQuery);
            log.LogInformation("Search warm-up ({Query}: {Total} hits) took {Ms} ms", options.Value.WarmUpQuery, total, clock.ElapsedMilliseconds);
            return true;
        }
        catch (Exception e)
        {
            // A warm-up is an optimisation: a host stopping under it (tests start and stop many) or any other
            // failure leaves the first real search to pay as before. It must never take the process down.
            log.LogInformation(e, "Search warm-up stopped after {Ms} ms", clock.ElapsedMilliseconds);
            return false;
        }
    }
}

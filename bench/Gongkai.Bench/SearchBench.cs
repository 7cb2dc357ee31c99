using System.Diagnostics;
using Gongkai.SearchApi.Querying;

namespace Gongkai.Bench;

/// <summary>
/// In-process search latency of the mix through the product's SearchService (as the endpoints
/// call it, public visibility), after one warm-up pass; then searches/s with <c>threads</c>
/// threads running the mix for <c>seconds</c>.
/// </summary>
public static class SearchBench
{
    public static void Run(string data, string mixPath, int threads, int seconds)
    {
        var mix = QueryMix.Read(mixPath);
        using var product = new Product(Path.Combine(data, "no-corpus"), data);
        var search = product.Get<SearchService>();
        // Steady state: the copy tables of large segments are built in the background first (as /api/status "warm").
        var warming = Stopwatch.StartNew();
        while (!search.Warm()) Thread.Sleep(100);
        KeyValues.Print("warm_seconds", warming.Elapsed.TotalSeconds);
        foreach (var q in mix) Answer(search, q);

        var all = new List<double>();
        var byType = new Dictionary<string, List<double>>();
        foreach (var q in mix)
        {
            var clock = Stopwatch.StartNew();
            Answer(search, q);
            var ms = clock.Elapsed.TotalMilliseconds;
            all.Add(ms);
            (byType.TryGetValue(q.Type, out var list) ? list : byType[q.Type] = []).Add(ms);
        }
        Print("all", all);
        foreach (var (type, ms) in byType.OrderBy(kv => kv.Key, StringComparer.Ordinal)) Print(type, ms);

        long done = 0;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var end = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (var i = t * 7919; Stopwatch.GetTimestamp() < end; i++)
            {
                Answer(search, mix[i % mix.Count]);
                Interlocked.Increment(ref done);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        KeyValues.Print("saturation_qps", done / (double)seconds);
        // CPU time per search holds up better than wall time when other work shares the cores.
        KeyValues.Print("cpu_ms_per_search", (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / done);
        KeyValues.Print("alloc_kb_per_search", (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / done);
        KeyValues.Print("gc_counts", Stats.GcCounts());
        var (hits, misses, bytes) = search.PostingsCounts;
        KeyValues.Print("postings_cache", $"{hits} lists read, {misses} decoded, {bytes / (1024 * 1024)} MB");
        KeyValues.Print("peak_rss_kb", Stats.PeakRssKb());
    }

    public static int Answer(SearchService search, MixQuery q)
    {
        if (q.Type == "lookup") return search.Lookup(q.Q, staff: false).Count;
        var request = new SearchRequest
        {
            Query = q.Q,
            Year = q.Type == "filtered" && q.Year.Length > 0 ? int.Parse(q.Year) : null,
            Kind = q.Type == "filtered" && q.Kind.Length > 0 ? q.Kind : null,
            Page = q.Page,
        };
        return search.Search(request, staff: false).Hits.Count;
    }

    private static void Print(string name, List<double> ms)
    {
        KeyValues.Print($"{name}_p50_ms", Stats.Percentile(ms, 0.50));
        KeyValues.Print($"{name}_p95_ms", Stats.Percentile(ms, 0.95));
        KeyValues.Print($"{name}_p99_ms", Stats.Percentile(ms, 0.99));
    }
}

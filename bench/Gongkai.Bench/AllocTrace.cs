using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Gongkai.SearchApi.Querying;

namespace Gongkai.Bench;

/// <summary>
/// What the mix's searches allocate, by type: the runtime's allocation samples (one per ≈ 100 KB) over three
/// passes after a warm-up, per search. Used to find what fills gen0; not part of the report.
/// </summary>
public static class AllocTrace
{
    public static void Run(string data, string mixPath)
    {
        var mix = QueryMix.Read(mixPath);
        using var product = new Product(Path.Combine(data, "no-corpus"), data);
        var search = product.Get<SearchService>();
        while (!search.Warm()) Thread.Sleep(100);
        foreach (var q in mix) SearchBench.Answer(search, q);
        using var listener = new Listener();
        for (var r = 0; r < 3; r++) foreach (var q in mix) SearchBench.Answer(search, q);
        // Listeners get the runtime's events on a thread of their own, a little after they happen.
        Thread.Sleep(500);
        var total = listener.Bytes.Values.Sum();
        foreach (var (t, b) in listener.Bytes.OrderByDescending(kv => kv.Value).Take(25))
            Console.WriteLine($"{100.0 * b / total,5:F1}% {b / 1024.0 / (3 * mix.Count),8:F1} KB/search {t}");
    }

    private sealed class Listener : EventListener
    {
        public readonly ConcurrentDictionary<string, long> Bytes = new();
        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true) return;
            var i = e.PayloadNames!.IndexOf("TypeName");
            var j = e.PayloadNames!.IndexOf("AllocationAmount64");
            var name = i >= 0 ? e.Payload![i]?.ToString() ?? "?" : "?";
            var amount = j >= 0 ? Convert.ToInt64(e.Payload![j]) : 100_000;
            Bytes.AddOrUpdate(name, amount, (_, v) => v + amount);
        }
    }
}

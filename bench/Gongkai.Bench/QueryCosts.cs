using System.Diagnostics;
using Gongkai.SearchApi.Querying;

namespace Gongkai.Bench;

/// <summary>
/// Per query of the mix: its total hits, what one run allocates and its median time over a few runs, costliest first — where a
/// search's time goes is mostly in how many documents it matches, and this says which queries those are.
/// </summary>
public static class QueryCosts
{
    public static void Run(string data, string mixPath, int runs)
    {
        var mix = QueryMix.Read(mixPath);
        using var product = new Product(Path.Combine(data, "no-corpus"), data);
        var search = product.Get<SearchService>();
        while (!search.Warm()) Thread.Sleep(100);
        foreach (var q in mix) SearchBench.Answer(search, q);
        var rows = mix.Select(q =>
        {
            var times = new List<double>();
            var before = GC.GetAllocatedBytesForCurrentThread();
            SearchBench.Answer(search, q);
            var kb = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024;
            for (var r = 0; r < runs; r++)
            {
                var clock = Stopwatch.StartNew();
                SearchBench.Answer(search, q);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var total = q.Type == "lookup" ? 0 : search.Search(new SearchRequest { Query = q.Q }, staff: false).Total;
            return (q, ms: Stats.Percentile(times, 0.5), total, kb);
        }).OrderByDescending(r => r.ms).ToList();
        foreach (var (q, ms, total, kb) in rows) Console.WriteLine($"{ms,8:F2} ms {total,8} hits {kb,7} KB  {q.Type,-8} {q.Q}");
        Console.WriteLine($"sum {rows.Sum(r => r.ms):F0} ms over {rows.Count} queries; hits per text query: median {Stats.Percentile(rows.Where(r => r.q.Type != "lookup").Select(r => (double)r.total).ToList(), 0.5)}");
    }
}

using System.Diagnostics;
using Gongkai.SearchApi.Querying;

namespace Gongkai.Bench;

/// <summary>
/// What the first searches after start cost on a prebuilt data folder (no corpus scan): opening the
/// product, then the same query twice and another one, each timed. Diagnoses the start-up figure.
/// </summary>
public static class FirstSearch
{
    public static void Run(string data)
    {
        var clock = Stopwatch.StartNew();
        using var product = new Product(Path.Combine(data, "no-corpus"), data);
        var search = product.Get<SearchService>();
        KeyValues.Print("open_s", clock.Elapsed.TotalSeconds);
        foreach (var (name, q) in new[] { ("first", "通知"), ("again", "通知"), ("other", "住房 公积金") })
        {
            var t = Stopwatch.StartNew();
            SearchBench.Answer(search, new MixQuery("text", q, "", "", 1));
            KeyValues.Print($"{name}_s", t.Elapsed.TotalSeconds);
        }
    }
}

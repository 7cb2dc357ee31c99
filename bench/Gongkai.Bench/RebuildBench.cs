using System.Diagnostics;
using Gongkai.Core.Analysis;
using Gongkai.Indexer.Indexing;

namespace Gongkai.Bench;

/// <summary>
/// Index-only cost on an existing data folder: CatalogIndex.Rebuild (analysis + IndexWriter, no
/// extraction), the part of ingest that analysis, GC/JIT and writer settings change. Quicker to
/// repeat than a whole ingest, so A/B comparisons can alternate several times.
/// </summary>
public static class RebuildBench
{
    public static void Run(string corpus, string data)
    {
        using var product = new Product(corpus, data);
        var index = product.Get<CatalogIndex>();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var gcs = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var count = index.Rebuild();
        process.Refresh();
        KeyValues.Print("rebuild_docs", count);
        KeyValues.Print("rebuild_docs_per_s", count / clock.Elapsed.TotalSeconds);
        KeyValues.Print("rebuild_cpu_ms_per_doc", (process.TotalProcessorTime - cpu).TotalMilliseconds / count);
        KeyValues.Print("rebuild_gen0_gcs", GC.CollectionCount(0) - gcs);
        KeyValues.Print("rebuild_gc_pause_percent", GC.GetTotalPauseDuration().TotalMilliseconds / clock.Elapsed.TotalMilliseconds * 100);
        KeyValues.Print("peak_rss_kb", Stats.PeakRssKb());
    }
}

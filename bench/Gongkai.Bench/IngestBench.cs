using System.Diagnostics;
using System.Text;
using Gongkai.Core.Analysis;
using Gongkai.Indexer.Indexing;

namespace Gongkai.Bench;

/// <summary>
/// Ingest of a corpus folder into a fresh data folder through the real pipeline (scan → extract →
/// understand → catalog → index), with <c>workers</c> threads feeding the one writer. Then,
/// optionally, the index-only figure (CatalogIndex.Rebuild: analysis + indexing of the catalog's
/// text, no extraction) and the export of the same documents' text for the Java peer.
/// </summary>
public static class IngestBench
{
    public static void Run(string corpus, string data, int workers, bool rebuild, string? exportTsv, string? mixPath)
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        using var product = new Product(corpus, data);
        var index = product.Get<CatalogIndex>();
        var ingest = product.Get<IngestService>();
        var clock = Stopwatch.StartNew();
        product.Get<CorpusScanner>().Scan();
        var total = product.Queue.Count;
        var scanSeconds = clock.Elapsed.TotalSeconds;
        var outcomes = new int[Enum.GetValues<IngestOutcome>().Length];
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            while (product.Queue.TryTake(out var source))
            {
                var o = ingest.IngestCorpusFile(source);
                var done = Interlocked.Increment(ref outcomes[(int)o]);
                if (o == IngestOutcome.Indexed && done % 2000 == 0) Console.Error.WriteLine($"  {done}/{total} indexed, {clock.Elapsed.TotalSeconds:F0} s");
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        index.Commit();
        // The service compacts a fragmented index before it reports ready; so does the measured ingest.
        var compactClock = Stopwatch.StartNew();
        product.Get<IndexCompaction>().CompactIfFragmented();
        var compactSeconds = compactClock.Elapsed.TotalSeconds;
        var seconds = clock.Elapsed.TotalSeconds;

        var inputBytes = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var indexed = outcomes[(int)IngestOutcome.Indexed];
        KeyValues.Print("files", total);
        KeyValues.Print("docs", indexed);
        KeyValues.Print("failed", outcomes[(int)IngestOutcome.Failed]);
        KeyValues.Print("seconds", seconds);
        KeyValues.Print("scan_seconds", scanSeconds);
        KeyValues.Print("compact_seconds", compactSeconds);
        KeyValues.Print("segments", index.Host.SegmentCount);
        KeyValues.Print("docs_per_s", indexed / seconds);
        KeyValues.Print("input_mb_per_s", inputBytes / 1e6 / seconds);
        KeyValues.Print("index_bytes", index.Host.IndexSizeBytes());
        KeyValues.Print("peak_rss_kb", Stats.PeakRssKb());
        KeyValues.Print("cpu_ms_per_doc", Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds / indexed);
        // Where CPU goes besides our code: the collector (pauses, collections by generation, bytes allocated).
        KeyValues.Print("alloc_kb_per_doc", GC.GetTotalAllocatedBytes() / 1024.0 / indexed);
        KeyValues.Print("gc_pause_s", GC.GetTotalPauseDuration().TotalSeconds);
        KeyValues.Print("gc_counts", Stats.GcCounts());

        var textBytes = exportTsv is null ? 0 : Export(index, exportTsv);
        if (textBytes > 0) KeyValues.Print("text_mb_per_s", textBytes / 1e6 / seconds);
        if (mixPath is not null) QueryMix.Write(index, mixPath);
        if (rebuild)
        {
            var r = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var count = index.Rebuild();
            KeyValues.Print("rebuild_cpu_ms_per_doc", (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count);
            KeyValues.Print("rebuild_docs_per_s", count / r.Elapsed.TotalSeconds);
            if (textBytes > 0) KeyValues.Print("rebuild_text_mb_per_s", textBytes / 1e6 / r.Elapsed.TotalSeconds);
        }
    }


    /// <summary>The indexed documents' text as the Java peer reads it: id, title, body, 文号, year, kind (escaped TSV).</summary>
    private static long Export(CatalogIndex index, string path)
    {
        long bytes = 0;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var (_, d) in index.Store.ChangedSince(0))
        {
            var year = (d.WrittenDate ?? d.PublishedDate)?.Year.ToString() ?? "";
            w.Write(string.Join('\t', Escape(d.Id), Escape(d.Title), Escape(d.Text), Escape(d.DocNumber ?? ""), year, Escape(d.Kind)));
            w.Write('\n');
            bytes += Encoding.UTF8.GetByteCount(d.Title) + Encoding.UTF8.GetByteCount(d.Text);
        }
        return bytes;
    }

    private static string Escape(string s) =>
        s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");
}

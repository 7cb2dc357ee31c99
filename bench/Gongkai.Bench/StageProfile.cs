using System.Diagnostics;
using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Extraction;
using Gongkai.Indexer.Indexing;
using Gongkai.Indexer.Understanding;
using Microsoft.Extensions.Options;

namespace Gongkai.Bench;

/// <summary>
/// Where ingest time goes: the stages of IngestService run one file at a time with a clock on
/// each (extract, understand, assemble, catalog write, analysis + index write), on one thread.
/// Used to decide what to optimise; not part of the side-by-side report.
/// </summary>
public static class StageProfile
{
    public static void Run(string corpus, string data, int max)
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        using var product = new Product(corpus, data);
        var extractors = product.Get<DocumentExtractors>();
        var reader = product.Get<GongwenReader>();
        var organs = product.Get<OrganDirectory>();
        var assembler = product.Get<DocumentAssembler>();
        var store = product.Get<ICatalogStore>();
        var host = product.Get<IndexHost>();
        var limits = product.Get<IOptions<IngestLimits>>().Value.ToExtractionLimits();
        var root = Path.GetFullPath(corpus);
        var stages = new Dictionary<string, Stopwatch>();
        var allocated = new Dictionary<string, long>();
        T Time<T>(string stage, Func<T> f)
        {
            var sw = stages.TryGetValue(stage, out var s) ? s : stages[stage] = new Stopwatch();
            var before = GC.GetAllocatedBytesForCurrentThread();
            sw.Start();
            try { return f(); }
            finally
            {
                sw.Stop();
                allocated[stage] = allocated.GetValueOrDefault(stage) + GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        var n = 0;
        var slowest = new List<(double Ms, string Path)>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(DocumentExtractors.IsSupported).Take(max))
        {
            var source = DocumentId.NormaliseSource(Path.GetRelativePath(root, path));
            var fileClock = Stopwatch.StartNew();
            ExtractedDocument extracted;
            // Extraction per file kind: a few large PDFs can outweigh thousands of text files.
            try { extracted = Time("extract" + Path.GetExtension(path).ToLowerInvariant(), () => extractors.Extract(path, limits)); }
            catch (ExtractionException) { continue; }
            var facts = Time("understand", () => reader.Read(extracted.Text, new UnderstandingHints(source, organs, extracted.Given.Title)));
            var doc = Time("assemble", () => assembler.Assemble(source, extracted.Text, facts, extracted.Given, null));
            Time("catalog", () => store.SaveDocument(doc, 0, 0));
            var lucene = Time("to-document", () => IndexSchema.ToDocument(doc));
            Time("analyse+write", () => { host.Upsert(doc); return 0; });
            slowest.Add((fileClock.Elapsed.TotalMilliseconds, source));
            n++;
        }
        var total = stages.Values.Sum(s => s.Elapsed.TotalSeconds);
        KeyValues.Print("files", n);
        foreach (var (stage, sw) in stages)
        {
            KeyValues.Print($"{stage}_ms_per_doc", sw.Elapsed.TotalMilliseconds / n);
            KeyValues.Print($"{stage}_s", sw.Elapsed.TotalSeconds);
            KeyValues.Print($"{stage}_alloc_kb_per_doc", allocated[stage] / 1024.0 / n);
        }
        KeyValues.Print("total_s", total);
        // A few large files can hold one worker for seconds while the other idles at the end.
        foreach (var (ms, path) in slowest.OrderByDescending(x => x.Ms).Take(10)) KeyValues.Print($"slowest {path}", ms);
        KeyValues.Print("gc_counts", Stats.GcCounts());
    }
}

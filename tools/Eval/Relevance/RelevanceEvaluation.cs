using System.Diagnostics;
using Gongkai.Core.Domain;
using Gongkai.Indexer.Indexing;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Eval.Relevance;

/// <summary>
/// Runs the judged queries (eval/queries.jsonl, and answerable requests as queries) against the
/// product's SearchService (public visibility, the /api/search code path) and two out-of-the-box
/// baselines, and reports MRR@10, Recall@10 and nDCG@10 per query type side by side, plus a
/// per-query table so regressions show query by query.
/// </summary>
public static class RelevanceEvaluation
{
    public static readonly string[] TypeOrder = ["known-item", "topic", "docno", "indexno", JudgedQuery.Requests];

    public static int Run(RelevanceOptions options, TextWriter output)
    {
        var evalFolder = Path.Combine(options.SharedPath, "eval");
        if (!File.Exists(Path.Combine(evalFolder, "queries.jsonl")))
        {
            output.WriteLine($"no {evalFolder}/queries.jsonl: nothing to measure");
            return 1;
        }
        var queries = JudgedQuery.Load(evalFolder);
        using var product = ProductIndex.Open(options, output);
        var store = product.Services.GetRequiredService<CatalogIndex>().Store;
        IEnumerable<CatalogDocument> Documents() => store.ChangedSince(0).Select(c => c.Document).Where(d => d.IsPublic);
        var baselines = Path.Combine(options.DataPath, "baselines");
        using var smartcn = BaselineIndex.Open("smartcn", Path.Combine(baselines, "smartcn"), new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), Documents, options.Rebuild, output);
        using var cjk = BaselineIndex.Open("cjk", Path.Combine(baselines, "cjk"), new CJKAnalyzer(LuceneVersion.LUCENE_48), Documents, options.Rebuild, output);

        var search = product.Services.GetRequiredService<SearchService>();
        if (options.Explain is { } explainId) return ExplainOne(queries.Single(q => q.Id == explainId), search, store, output);
        RankingSystem[] systems =
        [
            new("product", (q, k) => search.Search(new SearchRequest { Query = q, Size = k }, staff: false).Hits.Select(h => h.Source).ToList()),
            new("smartcn", smartcn.Search),
            new("cjk", cjk.Search),
        ];

        // One untimed search first: JIT and per-index caches built on first use (place names, copy
        // shingles) are start-up costs, not per-query ones; ms/query is the steady state.
        var warm = Stopwatch.StartNew();
        // The copy finder's tables of larger segments are built in the background: rank as the service does once warm.
        while (!search.Warm()) Thread.Sleep(50);
        systems[0].Search(queries[0].Text, RankMetrics.K);
        output.WriteLine($"product first search (warm-up, untimed) {warm.ElapsedMilliseconds} ms");

        var results = new List<QueryResult>();
        var clock = new Dictionary<string, Stopwatch>();
        foreach (var q in queries)
        {
            var byName = new Dictionary<string, (RankMetrics, IReadOnlyList<string>)>();
            foreach (var s in systems)
            {
                var sw = clock.TryGetValue(s.Name, out var w) ? w : clock[s.Name] = new Stopwatch();
                sw.Start();
                var ranked = s.Search(q.Text, RankMetrics.K);
                sw.Stop();
                byName[s.Name] = (RankMetrics.Of(ranked, q.Relevant), ranked);
            }
            // Where the first relevant document sits in the product's deeper list explains a miss.
            var deep = systems[0].Search(q.Text, 100);
            var firstRelevant = deep.ToList().FindIndex(s => q.Relevant.GetValueOrDefault(s) > 0);
            results.Add(new QueryResult(q, byName, firstRelevant < 0 ? null : firstRelevant + 1));
        }

        var report = new RelevanceReport(systems.Select(s => s.Name).ToList(), results);
        output.WriteLine();
        output.WriteLine($"{queries.Count} queries; product {clock["product"].Elapsed.TotalMilliseconds / queries.Count:F1} ms/query");
        output.WriteLine();
        output.Write(report.Summary());
        output.WriteLine();
        output.Write(report.Failures(product.Services.GetRequiredService<CatalogIndex>().Store, options.Show, options.Lines));
        Directory.CreateDirectory(options.OutPath);
        File.WriteAllText(Path.Combine(options.OutPath, "per-query.tsv"), report.PerQueryTsv());
        File.WriteAllText(Path.Combine(options.OutPath, "summary.md"), report.Summary());
        output.WriteLine($"per-query table: {Path.Combine(options.OutPath, "per-query.tsv")}");
        return 0;
    }

    private static int ExplainOne(JudgedQuery q, SearchService search, Gongkai.Indexer.Catalog.ICatalogStore store, TextWriter output)
    {
        var top = search.Search(new SearchRequest { Query = q.Text, Size = 3 }, staff: false).Hits;
        var wanted = q.Relevant.Where(p => p.Value > 0).Select(p => store.GetDocumentBySource(p.Key)).OfType<CatalogDocument>();
        foreach (var d in top.Select(h => (h.Id, h.Title, Tag: "got")).Concat(wanted.Select(d => (d.Id, d.Title, Tag: "want"))))
        {
            output.WriteLine($"==== {d.Tag} {d.Title}");
            output.WriteLine(search.Explain(q.Text, d.Id));
        }
        return 0;
    }
}

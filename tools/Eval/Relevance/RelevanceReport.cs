using System.Globalization;
using System.Text;
using Gongkai.Indexer.Catalog;

namespace Gongkai.Eval.Relevance;

/// <summary>Formats harness results: the per-type side-by-side table, the product's failures, and the per-query TSV.</summary>
public sealed class RelevanceReport(IReadOnlyList<string> systems, IReadOnlyList<QueryResult> results)
{
    private static string F(double v) => v.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>Markdown table: one row per query type, MRR@10 / Recall@10 / nDCG@10 per system.</summary>
    public string Summary()
    {
        var sb = new StringBuilder();
        sb.Append("| type | n |");
        foreach (var s in systems) sb.Append($" {s} MRR | {s} R@10 | {s} nDCG |");
        sb.AppendLine();
        sb.Append("|---|---:|").Append(string.Concat(Enumerable.Repeat("---:|---:|---:|", systems.Count))).AppendLine();
        foreach (var type in RelevanceEvaluation.TypeOrder.Concat(results.Select(r => r.Query.Type)).Distinct())
        {
            var rows = results.Where(r => r.Query.Type == type).ToList();
            if (rows.Count == 0) continue;
            sb.Append($"| {type} | {rows.Count} |");
            foreach (var s in systems)
            {
                var m = rows.Select(r => r.Systems[s].Metrics).ToList();
                sb.Append($" {F(m.Average(x => x.Rr))} | {F(m.Average(x => x.Recall))} | {F(m.Average(x => x.Ndcg))} |");
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>Queries where the product is not perfect, worst first, with what it ranked above the wanted document.</summary>
    public string Failures(ICatalogStore store, int max, int lines = 3)
    {
        var sb = new StringBuilder();
        var failing = results.Where(r => r.Primary(systems[0]) < 0.999 || r.Systems[systems[0]].Metrics.Recall < 0.999)
            .OrderBy(r => r.Primary(systems[0])).Take(max).ToList();
        sb.AppendLine($"product misses ({failing.Count} shown):");
        foreach (var r in failing)
        {
            var (m, ranked) = r.Systems[systems[0]];
            var others = string.Join(" ", systems.Skip(1).Select(s => $"{s}={F(r.Primary(s))}"));
            sb.AppendLine($"  {r.Query.Id} [{r.Query.Type}] rr={F(m.Rr)} R={F(m.Recall)} nDCG={F(m.Ndcg)} first-relevant@{r.FirstRelevantRank?.ToString() ?? ">100"} ({others})  {Short(r.Query.Text, 60)}");
            foreach (var (source, grade) in r.Query.Relevant.Where(p => p.Value > 0).Take(lines))
                sb.AppendLine($"      want[{grade}] {Title(store, source)}  ({(ranked.ToList().IndexOf(source) is var i and >= 0 ? $"#{i + 1}" : "not in top 10")})");
            foreach (var s in ranked.Take(lines))
                sb.AppendLine($"      got{(r.Query.Relevant.GetValueOrDefault(s) > 0 ? "✓" : " ")}   {Title(store, s)}");
        }
        return sb.ToString();
    }

    /// <summary>One row per query: id, type, text, then rr/recall/nDCG per system, the first relevant rank and the product's top 3.</summary>
    public string PerQueryTsv()
    {
        var sb = new StringBuilder();
        sb.Append("id\ttype\tquery");
        foreach (var s in systems) sb.Append($"\t{s}.rr\t{s}.recall\t{s}.ndcg");
        sb.AppendLine("\tproduct.first_relevant\tproduct.top3");
        foreach (var r in results)
        {
            sb.Append($"{r.Query.Id}\t{r.Query.Type}\t{Clean(r.Query.Text)}");
            foreach (var s in systems)
            {
                var m = r.Systems[s].Metrics;
                sb.Append($"\t{F(m.Rr)}\t{F(m.Recall)}\t{F(m.Ndcg)}");
            }
            sb.AppendLine($"\t{r.FirstRelevantRank?.ToString() ?? ""}\t{string.Join(" ", r.Systems[systems[0]].Ranked.Take(3))}");
        }
        return sb.ToString();
    }

    private static string Title(ICatalogStore store, string source)
    {
        var d = store.GetDocumentBySource(source);
        return d is null ? $"(not in catalog) {source}" : $"{Short(d.Title, 50)} [{d.DocNumber}] {Path.GetFileName(source)}";
    }

    private static string Short(string s, int n) { var c = Clean(s); return c.Length > n ? c[..n] + "…" : c; }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

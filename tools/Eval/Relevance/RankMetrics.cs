namespace Gongkai.Eval.Relevance;

/// <summary>Reciprocal rank, recall and nDCG at 10, exactly as shared/tools/contract-eval.py (rank_metrics) computes them.</summary>
public readonly record struct RankMetrics(double Rr, double Recall, double Ndcg)
{
    public const int K = 10;

    /// <param name="ranked">Sources in rank order.</param>
    /// <param name="relevant">Source → grade (2 best); unlisted sources are not relevant.</param>
    public static RankMetrics Of(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant)
    {
        var top = ranked.Take(K).ToList();
        var rr = 0.0;
        for (var i = 0; i < top.Count; i++)
        {
            if (relevant.GetValueOrDefault(top[i]) > 0) { rr = 1.0 / (i + 1); break; }
        }
        var found = top.Distinct().Count(s => relevant.GetValueOrDefault(s) > 0);
        var recall = (double)found / Math.Max(1, relevant.Values.Count(g => g > 0));
        var dcg = top.Select((s, i) => (Math.Pow(2, relevant.GetValueOrDefault(s)) - 1) / Math.Log2(i + 2)).Sum();
        var idcg = relevant.Values.OrderDescending().Take(K).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        return new RankMetrics(rr, recall, idcg > 0 ? dcg / idcg : 0);
    }
}

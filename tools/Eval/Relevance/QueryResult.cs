namespace Gongkai.Eval.Relevance;

/// <summary>The metrics and top sources of every system for one judged query.</summary>
/// <param name="FirstRelevantRank">1-based rank of the first relevant document in the product's top 100, or null.</param>
public sealed record QueryResult(JudgedQuery Query, IReadOnlyDictionary<string, (RankMetrics Metrics, IReadOnlyList<string> Ranked)> Systems, int? FirstRelevantRank)
{
    /// <summary>The figure a query type is judged by: nDCG for topics, reciprocal rank otherwise.</summary>
    public double Primary(string system) => Query.Type == "topic" ? Systems[system].Metrics.Ndcg : Systems[system].Metrics.Rr;
}

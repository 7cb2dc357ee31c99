namespace Gongkai.Eval.Relevance;

/// <summary>A ranking under comparison: typed text → sources in rank order.</summary>
public sealed record RankingSystem(string Name, Func<string, int, IReadOnlyList<string>> Search);

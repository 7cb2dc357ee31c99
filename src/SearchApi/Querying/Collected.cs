using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>What one run of a search collected: the first pages' hits in order, the total, every facet's counts (values by count, descending).</summary>
internal sealed record Collected(ScoreDoc[] Window, int Total, Dictionary<string, IReadOnlyList<(string Value, int Count)>> Facets, FilterBits Bits)
{
    /// <summary>These counts plus <paramref name="other"/>'s (of a disjoint set of documents), in the same order rule.</summary>
    public Dictionary<string, IReadOnlyList<(string Value, int Count)>> FacetsPlus(Collected other) =>
        Facets.Keys.Union(other.Facets.Keys).ToDictionary(field => field, field =>
            (IReadOnlyList<(string Value, int Count)>)Facets.GetValueOrDefault(field, []).Concat(other.Facets.GetValueOrDefault(field, []))
                .GroupBy(v => v.Value).Select(g => (Value: g.Key, Count: g.Sum(v => v.Count)))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList());
}

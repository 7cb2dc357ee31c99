using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Catalog;

namespace Gongkai.SearchApi.Staff.Catalog;

/// <summary>Computes <see cref="AnnualStats"/> from the catalog (not the index: withdrawn and non-public records count too).</summary>
public sealed class AnnualStatistics(ICatalogStore store)
{
    private const string Unnamed = "（未注明）";

    public AnnualStats Compute(int year)
    {
        var all = store.Summaries();
        var ofYear = all.Where(d => (d.PublishedDate ?? d.WrittenDate)?.Year == year).ToList();
        var published = ofYear.Where(d => d.Openness == Opennesses.Proactive && !d.Withdrawn).ToList();
        var byMonth = Enumerable.Range(1, 12)
            .Select(m => new MonthCount(m, published.Count(d => (d.PublishedDate ?? d.WrittenDate)!.Value.Month == m)))
            .ToList();
        var failures = store.ListFailures();
        return new AnnualStats(
            year,
            ofYear.Count,
            published.Count,
            ofYear.Count(d => d.Withdrawn),
            all.Count(d => d.PublishedDate is null && d.WrittenDate is null),
            byMonth,
            Count(published, d => d.Kind),
            Count(published, d => d.Organ),
            Count(published, d => IndexSchema.TopCategory(d.Category)),
            Count(ofYear, d => d.Openness),
            Count(published.Where(d => d.Kind == DocumentKinds.Interpretation), d => d.InterpretsDocNumber ?? d.InterpretsTitle),
            new FailureCounts(failures.Count, Count(failures, f => f.Reason?.ToString())));
    }

    private static IReadOnlyList<ValueCount> Count<T>(IEnumerable<T> items, Func<T, string?> key) =>
        items.GroupBy(i => string.IsNullOrWhiteSpace(key(i)) ? Unnamed : key(i)!)
            .Select(g => new ValueCount(g.Key, g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
}

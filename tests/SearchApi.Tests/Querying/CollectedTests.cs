using Gongkai.SearchApi.Querying;

namespace Gongkai.SearchApi.Tests.Querying;

public class CollectedTests
{
    private static Collected With(params (string Field, string Value, int Count)[] counts) =>
        new([], 0, counts.GroupBy(c => c.Field).ToDictionary(g => g.Key, g => (IReadOnlyList<(string Value, int Count)>)g.Select(c => (c.Value, c.Count)).ToList()),
            new FilterBits([], null));

    [Fact]
    public void Facet_counts_of_disjoint_documents_add_up_and_stay_ordered_by_count_then_value()
    {
        var first = With(("year", "2016", 3), ("year", "2017", 2), ("kind", "通知", 1));
        var added = With(("year", "2017", 2), ("year", "2015", 1), ("organ", "市政府", 1));
        var sum = first.FacetsPlus(added);
        Assert.Equal([("2017", 4), ("2016", 3), ("2015", 1)], sum["year"]);
        Assert.Equal([("通知", 1)], sum["kind"]);
        Assert.Equal([("市政府", 1)], sum["organ"]);
    }
}

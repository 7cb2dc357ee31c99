using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Counts the values of facet fields over every matching document, reading sorted doc values
/// (no stored fields, no re-analysis). Per segment it counts ordinals, then maps them to values.
/// </summary>
public sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private readonly List<(string Field, SortedDocValues? Values, int[] Ords)> _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var f in fields)
        {
            var values = context.AtomicReader.GetSortedDocValues(f);
            _segment.Add((f, values, values is null ? [] : new int[values.ValueCount]));
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, ords) in _segment)
        {
            if (values is null) continue;
            var ord = values.GetOrd(doc);
            if (ord >= 0) ords[ord]++;
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<(string Value, int Count)>> Result()
    {
        Flush();
        return _counts.ToDictionary(kv => kv.Key,
            kv => (IReadOnlyList<(string, int)>)kv.Value.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => (p.Key, p.Value)).ToList());
    }

    private void Flush()
    {
        var term = new Lucene.Net.Util.BytesRef();
        foreach (var (field, values, ords) in _segment)
        {
            if (values is null) continue;
            var target = _counts[field];
            for (var o = 0; o < ords.Length; o++)
            {
                if (ords[o] == 0) continue;
                values.LookupOrd(o, term);
                var key = term.Utf8ToString();
                target[key] = target.GetValueOrDefault(key) + ords[o];
            }
        }
        _segment.Clear();
    }
}

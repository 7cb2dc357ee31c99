using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Collects hits and counts every facet in one pass over the documents matching the text query
/// (drill-sideways): a document passing every filter is a hit and counts toward every facet; a
/// document failing exactly one filter counts only toward that filter's own facet, so a filtered
/// facet shows its alternatives with the other filters applied — without re-running the query once
/// per filter. Counts ordinals of sorted doc values per segment, then maps them to values.
/// </summary>
public sealed class FacetingCollector : ICollector
{
    private readonly TopHits _hits;
    private readonly FilterBits _filters;
    private readonly string[] _fields;
    /// <summary>Per filter (its index in the request's filters): the facet field it filters, or -1.</summary>
    private readonly int[] _facetOf;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedDocValues?[] _values;
    /// <summary>The segment's counter of each document in each facet field (<see cref="FacetOrdinals"/>).</summary>
    private FacetSlots? _slots;
    /// <summary>The segment's counters, numbered as <see cref="_slots"/>.</summary>
    private int[] _segmentCounts = [];
    private FilterBits.Segment? _segment;

    /// <param name="facetFields">Facet fields to count (sorted doc values).</param>
    /// <param name="filterFields">The field of each filter in <paramref name="filters"/>, in order.</param>
    public FacetingCollector(TopHits hits, IReadOnlyList<string> facetFields, FilterBits filters, IReadOnlyList<string> filterFields)
    {
        _hits = hits;
        _filters = filters;
        _fields = [.. facetFields];
        _facetOf = filterFields.Select(f => Array.IndexOf(_fields, f)).ToArray();
        _counts = _fields.Select(_ => new Dictionary<string, int>()).ToArray();
        _values = new SortedDocValues?[_fields.Length];
    }

    /// <summary>The hits passing every filter.</summary>
    public TopHits Hits => _hits;

    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = _filters.For(context);
        _slots = FacetOrdinals.For(context.AtomicReader).Slots(context.AtomicReader, _fields);
        _segmentCounts = new int[_slots.Total];
        for (var i = 0; i < _fields.Length; i++) _values[i] = context.AtomicReader.GetSortedDocValues(_fields[i]);
        _hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var passes = _segment!.Passes;
        var failed = -1;
        for (var f = 0; f < passes.Length; f++)
        {
            if (passes[f].Get(doc)) continue;
            if (failed >= 0) return;
            failed = f;
        }
        var slots = _slots!.Slots;
        var counts = _segmentCounts;
        var row = doc * _fields.Length;
        if (failed < 0)
        {
            _hits.Collect(doc);
            for (var i = 0; i < _fields.Length; i++) counts[slots[row + i]]++;
        }
        // Failing one filter: only that filter's own facet counts the document.
        else if (_facetOf[failed] is var facet and >= 0) counts[slots[row + facet]]++;
    }

    /// <summary>Counts and keeps <paramref name="other"/>'s documents too (the same search over other segments).</summary>
    public void Add(FacetingCollector other)
    {
        _hits.Add(other._hits);
        Flush();
        other.Flush();
        for (var i = 0; i < _fields.Length; i++)
            foreach (var (value, count) in other._counts[i]) _counts[i][value] = _counts[i].GetValueOrDefault(value) + count;
    }

    /// <summary>Values by count, descending (ties by value), per facet field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Value, int Count)>> Result()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<(string, int)>>();
        for (var i = 0; i < _fields.Length; i++)
            result[_fields[i]] = _counts[i].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();
        return result;
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_values[i] is not { } values) continue;
            var from = _slots!.Offsets[i];
            for (var o = 0; o < _slots.ValueCounts[i]; o++)
            {
                var count = _segmentCounts[from + o];
                if (count == 0) continue;
                values.LookupOrd(o, term);
                var key = term.Utf8ToString();
                _counts[i][key] = _counts[i].GetValueOrDefault(key) + count;
            }
            _values[i] = null;
        }
    }
}

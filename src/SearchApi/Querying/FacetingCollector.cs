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
    private readonly ICollector _hits;
    private readonly FilterBits _filters;
    private readonly string[] _fields;
    /// <summary>Per facet field: the filter on that same field (its index in the request's filters), or -1.</summary>
    private readonly int[] _filterOf;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedDocValues?[] _values;
    /// <summary>Per facet field: the segment's ordinal of each document (<see cref="FacetOrdinals"/>).</summary>
    private readonly int[]?[] _docOrds;
    private readonly int[][] _ords;
    private FilterBits.Segment? _segment;

    /// <param name="facetFields">Facet fields to count (sorted doc values).</param>
    /// <param name="filterFields">The field of each filter in <paramref name="filters"/>, in order.</param>
    public FacetingCollector(ICollector hits, IReadOnlyList<string> facetFields, FilterBits filters, IReadOnlyList<string> filterFields)
    {
        _hits = hits;
        _filters = filters;
        _fields = [.. facetFields];
        _filterOf = _fields.Select(f => filterFields.ToList().IndexOf(f)).ToArray();
        _counts = _fields.Select(_ => new Dictionary<string, int>()).ToArray();
        _values = new SortedDocValues?[_fields.Length];
        _docOrds = new int[]?[_fields.Length];
        _ords = new int[_fields.Length][];
    }

    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = _filters.For(context);
        var held = FacetOrdinals.For(context.AtomicReader);
        for (var i = 0; i < _fields.Length; i++)
        {
            _values[i] = context.AtomicReader.GetSortedDocValues(_fields[i]);
            _docOrds[i] = _values[i] is null ? null : held.Ordinals(context.AtomicReader, _fields[i]);
            _ords[i] = _values[i] is { } v ? new int[v.ValueCount] : [];
        }
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
        if (failed < 0) _hits.Collect(doc);
        for (var i = 0; i < _fields.Length; i++)
        {
            // Failing one filter: only that filter's own facet counts the document.
            if (failed >= 0 && _filterOf[i] != failed) continue;
            if (_docOrds[i] is not { } docOrds) continue;
            var ord = docOrds[doc];
            if (ord >= 0) _ords[i][ord]++;
        }
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
            var ords = _ords[i];
            for (var o = 0; o < ords.Length; o++)
            {
                if (ords[o] == 0) continue;
                values.LookupOrd(o, term);
                var key = term.Utf8ToString();
                _counts[i][key] = _counts[i].GetValueOrDefault(key) + ords[o];
            }
            _values[i] = null;
        }
    }
}

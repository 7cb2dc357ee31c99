using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Recognises place names (佛山, 北京, 成安县) in what was typed. A place narrows a search more than
/// any other word: a document from another city is almost never the one wanted. Places are learnt
/// from the index itself — titles start with their issuer's place (北京市人民政府关于…, 上海市…条例) —
/// so the list follows the catalog without a gazetteer to maintain; a typed word ending in
/// 省/市/县/区 is a place anyway. Learnt once per index reader and cached.
/// </summary>
public sealed partial class PlaceNames
{
    /// <summary>A stem must start this many titles to count: one title starting 行政区… is not a gazetteer.</summary>
    private const int MinTitles = 2;
    private readonly Lock _gate = new();
    private object? _readerKey;
    private HashSet<string> _places = [];

    public bool IsPlace(IndexSearcher searcher, string word)
    {
        var w = word.Trim();
        if (w.Length < 2 || w.Length > 8) return false;
        if (w.Length >= 3 && "省市县区".Contains(w[^1])) return true;
        return Learnt(searcher.IndexReader).Contains(w);
    }

    /// <summary>The place without its administrative suffix (成安县 → 成安), how a text often names it; null when none.</summary>
    public static string? Stem(string word) =>
        word.Length >= 3 && "省市县区".Contains(word[^1]) ? word[..^1] : null;

    private HashSet<string> Learnt(IndexReader reader)
    {
        var key = reader.CombinedCoreAndDeletesKey;
        lock (_gate)
        {
            if (ReferenceEquals(key, _readerKey)) return _places;
        }
        // Counted per segment and kept with it: a refresh after one new document adds one small segment,
        // it does not make the next search read every title of a 200,000-document index again.
        var counts = new Dictionary<string, int>();
        foreach (var leaf in reader.Leaves)
            foreach (var (stem, titles) in PerSegment.GetValue(leaf.AtomicReader.CoreCacheKey, _ => Count(leaf.AtomicReader)))
                counts[stem] = counts.GetValueOrDefault(stem) + titles;
        var places = counts.Where(kv => kv.Value >= MinTitles).Select(kv => kv.Key).ToHashSet();
        lock (_gate)
        {
            _readerKey = key;
            _places = places;
        }
        return places;
    }

    private static readonly ConditionalWeakTable<object, Dictionary<string, int>> PerSegment = new();

    /// <summary>Titles per leading place stem in one segment.</summary>
    private static Dictionary<string, int> Count(AtomicReader segment)
    {
        var counts = new Dictionary<string, int>();
        if (segment.GetTerms(IndexFields.TitleKey) is not { } terms) return counts;
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            if (Leading().Match(e.Term.Utf8ToString()) is { Success: true } m)
                counts[m.Groups[1].Value] = counts.GetValueOrDefault(m.Groups[1].Value) + e.DocFreq;
        }
        return counts;
    }

    [GeneratedRegex(@"^([\p{IsCJKUnifiedIdeographs}]{2,3}?)(?:省|市|县|区)")]
    private static partial Regex Leading();
}

using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Recognises place names (佛山, 北京, 成安县) in what was typed, and the place a document is from. A place
/// narrows a search more than any other word: a document from another city is almost never the one wanted.
/// Places are learnt from the index itself — titles start with their issuer's place (北京市人民政府关于…,
/// 上海市…条例) — so the list follows the catalog without a gazetteer to maintain; a typed word ending in
/// 省/市/县/区 is a place anyway. Counted per segment, kept with it, and summed once per index reader.
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

    /// <summary>
    /// A typed word that starts with a place and goes on (北京市政府规章, 福州限购): the place and the rest, two things
    /// asked for; null otherwise. The rest must be two characters or more (福州市 is one place, not 福州 + 市).
    /// </summary>
    public (string Place, string Remainder)? SplitLeading(IndexSearcher searcher, string word)
    {
        var w = word.Trim();
        if (w.Length < 4) return null;
        if (Leading().Match(w) is { Success: true } m && w.Length - m.Length >= 2) return (m.Value, w[m.Length..]);
        var learnt = Learnt(searcher.IndexReader);
        foreach (var n in new[] { 3, 2 })
            if (w.Length - n >= 2 && learnt.Contains(w[..n]) && !"省市县区".Contains(w[n])) return (w[..n], w[n..]);
        return null;
    }

    /// <summary>The place without its administrative suffix (成安县 → 成安), how a text often names it; null when none.</summary>
    public static string? Stem(string word) =>
        word.Length >= 3 && "省市县区".Contains(word[^1]) ? word[..^1] : null;

    /// <summary>
    /// The known place a document is from — the one its title starts with, else its organ (佛山市住房和城乡建设局,
    /// 南昌住房公积金管理中心, 福州日报) — or null when neither starts with one. <paramref name="doc"/> is the
    /// segment's own document number.
    /// </summary>
    public string? PlaceOf(IndexReader reader, AtomicReader segment, int doc) => From(reader, segment, doc)?.Place;

    /// <summary>
    /// Whether a document is from a place other than every one typed: its title (else organ) starts with a place,
    /// and no typed place is that place, inside or around it, or named right after it (淮安市洪泽区… is from 洪泽).
    /// </summary>
    public bool IsFromElsewhere(IndexReader reader, AtomicReader segment, int doc, IReadOnlyList<string> typed) =>
        From(reader, segment, doc) is var (from, head) && !typed.Any(t => Same(from, t) || head.Contains(Stem(t) ?? t, StringComparison.Ordinal));

    /// <summary>The place of <see cref="PlaceOf"/> and the head (of title or organ) that names it.</summary>
    private (string Place, string Head)? From(IndexReader reader, AtomicReader segment, int doc)
    {
        var learnt = Learnt(reader);
        var heads = Segment(segment);
        var title = heads.TitleHeads[doc];
        if (Known(title, learnt) is { } fromTitle) return (fromTitle, title!);
        var organ = heads.OrganHeads[doc];
        return Known(organ, learnt) is { } fromOrgan ? (fromOrgan, organ!) : null;
    }

    /// <summary>
    /// The place a text's head names: a place with its suffix (孝感市…, even if no other title starts so), else
    /// the longest learnt place it starts with (南昌住房公积金管理中心, 福州日报).
    /// </summary>
    private static string? Known(string? head, HashSet<string> learnt)
    {
        if (head is null) return null;
        if (Leading().Match(head) is { Success: true } m) return m.Groups[1].Value;
        if (head.Length >= 3 && learnt.Contains(head[..3])) return head[..3];
        return learnt.Contains(head[..2]) ? head[..2] : null;
    }

    /// <summary>
    /// Whether a document's place is the typed one, or inside or around it (福州 and 福州新区; 北京 and 北京市), or named
    /// in a typed compound (张店 in 淄博市张店区).
    /// </summary>
    public static bool Same(string documentPlace, string typed)
    {
        var t = Stem(typed) ?? typed;
        return documentPlace.StartsWith(t, StringComparison.Ordinal) || t.Contains(documentPlace, StringComparison.Ordinal);
    }

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
            foreach (var (stem, titles) in Segment(leaf.AtomicReader).Titles)
                counts[stem] = counts.GetValueOrDefault(stem) + titles;
        var places = counts.Where(kv => kv.Value >= MinTitles).Select(kv => kv.Key).ToHashSet();
        lock (_gate)
        {
            _readerKey = key;
            _places = places;
        }
        return places;
    }

    /// <summary>One segment's titles per leading place stem, and each document's title and organ heads (first ten characters).</summary>
    private const int HeadChars = 10;

    private sealed record SegmentPlaces(Dictionary<string, int> Titles, string?[] TitleHeads, string?[] OrganHeads);

    private static readonly ConditionalWeakTable<object, SegmentPlaces> PerSegment = new();

    private static SegmentPlaces Segment(AtomicReader segment) => PerSegment.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static SegmentPlaces Read(AtomicReader segment)
    {
        var counts = new Dictionary<string, int>();
        var heads = new Dictionary<string, string>(); // one string per distinct head
        string Head(string text) => heads.TryGetValue(text[..Math.Min(HeadChars, text.Length)], out var h) ? h : heads[h = text[..Math.Min(HeadChars, text.Length)]] = h;
        var titleHeads = new string?[segment.MaxDoc];
        if (segment.GetTerms(IndexFields.TitleKey) is { } terms)
        {
            var e = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (e.MoveNext())
            {
                var title = e.Term.Utf8ToString();
                if (Leading().Match(title) is { Success: true } m)
                    counts[m.Groups[1].Value] = counts.GetValueOrDefault(m.Groups[1].Value) + e.DocFreq;
                if (title.Length < 2) continue;
                var head = Head(title);
                docs = e.Docs(null, docs, DocsFlags.NONE);
                for (var d = docs.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.NextDoc()) titleHeads[d] = head;
            }
        }
        var organHeads = new string?[segment.MaxDoc];
        if (segment.GetSortedDocValues(IndexFields.Organ) is { } organs)
        {
            var byOrd = new Dictionary<int, string?>();
            var bytes = new BytesRef();
            for (var d = 0; d < organHeads.Length; d++)
            {
                if (organs.GetOrd(d) is var ord && ord < 0) continue;
                if (!byOrd.TryGetValue(ord, out var head))
                {
                    organs.LookupOrd(ord, bytes);
                    var organ = bytes.Utf8ToString();
                    byOrd[ord] = head = organ.Length < 2 ? null : Head(organ);
                }
                organHeads[d] = head;
            }
        }
        return new SegmentPlaces(counts, titleHeads, organHeads);
    }

    [GeneratedRegex(@"^([\p{IsCJKUnifiedIdeographs}]{2,3}?)(?:省|市|县|区)")]
    private static partial Regex Leading();
}

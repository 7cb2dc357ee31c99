using System.Text.RegularExpressions;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Separates page furniture from the body of a PDF: page numbers ("- 1 -", "— 2 —", "第 1 页 共 3 页")
/// and running heads/feet — lines printed at the top or bottom of most pages, such as
/// "重庆市人民政府办公厅行政规范性文件 / 重庆市人民政府办公厅发布". Left in the body they sit before the
/// title and are read as the title, and they split sentences that run across pages.
/// </summary>
/// <remarks>
/// Every occurrence of a running line leaves the body, the first one included. A line repeated on
/// most pages is never the 发文机关标志: GB/T 9704 prints the 版头 on the first page only, so a
/// repeated banner is a publication mark (规范性文件 series, 规章 gazette), and keeping its first copy
/// would put it back in front of the title.
/// </remarks>
public static partial class PdfPageFurniture
{
    /// <summary>How many lines at the top and at the bottom of a page can be furniture.</summary>
    private const int EdgeLines = 4;

    /// <summary>Running heads are short; a long repeated line is body text (a repeated table row, a clause).</summary>
    private const int MaxRunningChars = 60;

    /// <summary>Page numbers decorated with dashes or 第…页 are unambiguous wherever content order puts them.</summary>
    [GeneratedRegex(@"^(?:[-—－–‐―_~·•]+\s*\d{1,4}\s*[-—－–‐―_~·•]+|第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$")]
    private static partial Regex DecoratedPageNumber();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex BareNumber();

    public sealed record Result(IReadOnlyList<IReadOnlyList<string>> Pages, IReadOnlyList<string> Furniture);

    /// <param name="pages">Each page's lines, trimmed; blank lines may be present and are kept.</param>
    public static Result Separate(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        var drop = pages.Select(p => new bool[p.Count]).ToArray();
        for (var p = 0; p < pages.Count; p++)
            for (var i = 0; i < pages[p].Count; i++)
                if (DecoratedPageNumber().IsMatch(pages[p][i])) drop[p][i] = true;
        MarkBarePageNumbers(pages, drop);
        MarkRunningLines(pages, drop);

        var furniture = new List<string>();
        var body = new List<IReadOnlyList<string>>(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var kept = new List<string>(pages[p].Count);
            for (var i = 0; i < pages[p].Count; i++)
                if (drop[p][i]) furniture.Add(pages[p][i]);
                else kept.Add(pages[p][i]);
            body.Add(kept);
        }
        return new Result(body, furniture);
    }

    /// <summary>
    /// A bare number at a page's edge is a page number only when the numbers follow the page order
    /// (page index + a constant offset for unnumbered cover pages) on at least two pages: a lone
    /// "3" may be a table cell or a list item.
    /// </summary>
    private static void MarkBarePageNumbers(IReadOnlyList<IReadOnlyList<string>> pages, bool[][] drop)
    {
        var candidates = new List<(int Page, int Line, int Offset)>();
        for (var p = 0; p < pages.Count; p++)
            foreach (var i in EdgeIndexes(pages[p], drop[p], 1))
                if (BareNumber().IsMatch(pages[p][i])) candidates.Add((p, i, int.Parse(pages[p][i]) - p));
        var best = candidates.GroupBy(c => c.Offset).MaxBy(g => g.Select(c => c.Page).Distinct().Count());
        if (best is null || best.Select(c => c.Page).Distinct().Count() < 2) return;
        foreach (var c in best) drop[c.Page][c.Line] = true;
    }

    private static void MarkRunningLines(IReadOnlyList<IReadOnlyList<string>> pages, bool[][] drop)
    {
        if (pages.Count < 2) return;
        var pagesWith = new Dictionary<string, HashSet<int>>();
        for (var p = 0; p < pages.Count; p++)
            foreach (var i in EdgeIndexes(pages[p], drop[p], EdgeLines))
            {
                var key = Key(pages[p][i]);
                if (key.Length is 0 or > MaxRunningChars) continue;
                if (!pagesWith.TryGetValue(key, out var set)) pagesWith[key] = set = [];
                set.Add(p);
            }
        // Most pages, and at least two: a two-page notice with the same banner on both pages counts.
        var needed = Math.Max(2, (pages.Count + 1) / 2);
        var running = pagesWith.Where(kv => kv.Value.Count >= needed).Select(kv => kv.Key).ToHashSet();
        if (running.Count == 0) return;
        // Furniture stands at the edge: walk in from the top and from the bottom and stop at the first
        // body line, so a repeated line deeper in the page (a table header, a refrain) stays.
        for (var p = 0; p < pages.Count; p++)
        {
            var live = Enumerable.Range(0, pages[p].Count).Where(i => !drop[p][i] && pages[p][i].Length > 0).ToList();
            foreach (var i in live.Take(EdgeLines).TakeWhile(i => running.Contains(Key(pages[p][i]))).ToList())
                drop[p][i] = true;
            foreach (var i in Enumerable.Reverse(live).Take(EdgeLines).TakeWhile(i => running.Contains(Key(pages[p][i]))).ToList())
                drop[p][i] = true;
        }
    }

    /// <summary>Indexes of the first and last <paramref name="count"/> non-blank lines not already dropped.</summary>
    private static IEnumerable<int> EdgeIndexes(IReadOnlyList<string> lines, bool[] dropped, int count)
    {
        var live = Enumerable.Range(0, lines.Count).Where(i => !dropped[i] && lines[i].Length > 0).ToList();
        return live.Take(count).Concat(live.Skip(Math.Max(count, live.Count - count))).ToList();
    }

    private static string Key(string line) => string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
}

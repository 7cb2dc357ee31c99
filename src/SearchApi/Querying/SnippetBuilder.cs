using System.Net;
using System.Text;
using Gongkai.Core.Analysis;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// The best passage (~120 characters) around the matched words, HTML-escaped, with &lt;mark&gt;
/// around each occurrence of a query word (whole words, never single characters of a bigram).
/// Works on the stored text by folded string search: no re-analysis per hit. Never cuts a
/// surrogate pair.
/// </summary>
public static class SnippetBuilder
{
    public const int Length = 120;

    public static string Build(string text, IReadOnlyCollection<string> needles, int length = Length)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var (flat, folded) = FlattenAndFold(text);
        var matches = FindAll(folded, needles.Select(Fold).Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length));
        var start = BestWindow(matches, flat.Length, length);
        var end = Math.Min(flat.Length, start + length);
        if (end < flat.Length && char.IsHighSurrogate(flat[end - 1])) end--;
        if (start > 0 && char.IsLowSurrogate(flat[start])) start++;

        var sb = new StringBuilder();
        if (start > 0) sb.Append('…');
        var pos = start;
        foreach (var (s, len) in matches.Where(m => m.Start >= start && m.Start + m.Length <= end))
        {
            if (s < pos) continue;
            sb.Append(WebUtility.HtmlEncode(flat[pos..s])).Append("<mark>").Append(WebUtility.HtmlEncode(flat.Substring(s, len))).Append("</mark>");
            pos = s + len;
        }
        sb.Append(WebUtility.HtmlEncode(flat[pos..end]));
        if (end < flat.Length) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>Non-overlapping occurrences, longest needles first.</summary>
    private static List<(int Start, int Length)> FindAll(string haystack, IEnumerable<string> needles)
    {
        var taken = new bool[haystack.Length];
        var found = new List<(int, int)>();
        foreach (var n in needles)
        {
            for (var i = haystack.IndexOf(n, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(n, i + n.Length, StringComparison.Ordinal))
            {
                if (Array.IndexOf(taken, true, i, n.Length) >= 0) continue;
                for (var k = i; k < i + n.Length; k++) taken[k] = true;
                found.Add((i, n.Length));
                if (found.Count > 2000) break;
            }
        }
        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    /// <summary>Start of the window of <paramref name="length"/> chars covering the most distinct matches.</summary>
    private static int BestWindow(List<(int Start, int Length)> matches, int textLength, int length)
    {
        if (matches.Count == 0) return 0;
        int best = 0, bestStart = matches[0].Start, j = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            while (j < matches.Count && matches[j].Start + matches[j].Length <= matches[i].Start + length) j++;
            if (j - i > best) { best = j - i; bestStart = matches[i].Start; }
        }
        // Some context before the first match reads better than starting on it.
        return Math.Max(0, Math.Min(bestStart - 20, textLength - length));
    }

    /// <summary>
    /// The text with each run of white space made one space (<c>flat</c>), and the same text folded
    /// char for char (<c>folded</c>, see <see cref="Fold"/>), in one pass over a long body.
    /// </summary>
    private static (string Flat, string Folded) FlattenAndFold(string text)
    {
        var flat = new char[text.Length];
        var folded = new char[text.Length];
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space && n > 0) { flat[n] = ' '; folded[n] = ' '; n++; }
                space = true;
            }
            else
            {
                flat[n] = c;
                folded[n] = FoldChar(c);
                n++;
                space = false;
            }
        }
        return (new string(flat, 0, n), new string(folded, 0, n));
    }

    /// <summary>Width and traditional→simplified folding that keeps one char for one char, so positions in the folded text are positions in the original.</summary>
    public static string Fold(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = FoldChar(chars[i]);
        return new string(chars);
    }

    private static char FoldChar(char c)
    {
        var f = ChineseFoldingCharFilter.Fold(c);
        return f < 128 ? (f is >= 'A' and <= 'Z' ? (char)(f + 32) : f) : char.ToLowerInvariant(f);
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Guards the DOM parser against pathological nesting: AngleSharp's tree builder is quadratic in
/// depth (100,000 nested divs take ~40 s), real portal pages nest well under 100 levels. Deeper
/// markup is read as plain text with the tags stripped, in linear time.
/// </summary>
internal static partial class HtmlNesting
{
    /// <summary>Nesting beyond this is treated as hostile; parsing 3,000 levels takes ~40 ms.</summary>
    public const int MaxDepth = 3000;

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(script|style|noscript)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    /// <summary>Void elements and those the parser closes implicitly (unclosed &lt;p&gt; is common) do not nest.</summary>
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "param", "source", "track", "wbr",
        "p", "li", "td", "th", "tr", "dt", "dd", "option",
    };

    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        foreach (Match m in Tag().Matches(html))
        {
            if (m.Groups[3].Length > 0 || NotNesting.Contains(m.Groups[2].Value)) continue;
            if (m.Groups[1].Length > 0) depth = Math.Max(0, depth - 1);
            else if (++depth > MaxDepth) return true;
        }
        return false;
    }

    /// <summary>Text of a page that is not parsed: tags become line breaks, entities are decoded.</summary>
    public static string StripTags(string html)
    {
        var text = AnyTag().Replace(Invisible().Replace(html, " "), "\n");
        var lines = WebUtility.HtmlDecode(text).Split('\n')
            .Select(l => l.Trim(' ', '\t', '\r', '\u00A0', '\u3000'))
            .Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }
}

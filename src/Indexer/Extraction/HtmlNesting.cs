namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Measures how deeply a page nests its container elements, from the raw markup and in linear
/// time, before AngleSharp parses it. The parser and the content locator slow down with depth
/// (100,000 nested &lt;div&gt; took 30+ s to parse and 20,000 nested class="content" blocks made
/// the locator quadratic), so one hostile page could hold an ingest worker for minutes.
/// Real portal pages nest a few dozen levels; AngleSharp itself flattens beyond 512.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Deeper than this is refused: far beyond any real page, far below where parsing gets slow.</summary>
    public const int MaxDepth = 1000;

    /// <summary>Elements that stay open until closed. Void and auto-closed ones (p, li, td, br, img …) do not count.</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "font", "b", "i", "u", "em", "strong", "a", "table", "tbody", "section", "article",
        "center", "blockquote", "ul", "ol", "dl", "form", "small", "big", "sub", "sup", "label", "nav", "main", "aside",
    };

    /// <summary>The deepest nesting of container elements, skipping comments, scripts and styles.</summary>
    public static int Depth(string html)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 3;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var stop = start;
            while (stop < html.Length && char.IsAsciiLetterOrDigit(html[stop])) stop++;
            var name = html.AsSpan(start, stop - start);
            var tagEnd = html.IndexOf('>', stop);
            if (tagEnd < 0) break;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var close = html.IndexOf("</" + name.ToString(), tagEnd, StringComparison.OrdinalIgnoreCase);
                if (close < 0) break;
                i = close;
                continue;
            }
            if (name.Length > 0 && Containers.Contains(name.ToString()) && html[tagEnd - 1] != '/')
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                max = Math.Max(max, depth);
            }
            i = tagEnd + 1;
        }
        return max;
    }
}

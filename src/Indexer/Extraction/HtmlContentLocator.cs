using AngleSharp.Dom;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Finds the article on a portal page. Government CMSs (TRS, 拓尔思, 大汉, 开普云) mark it with a
/// small set of ids and classes; where none matches, the element holding most paragraph text that
/// is not link text (navigation) wins.
/// </summary>
internal static class HtmlContentLocator
{
    /// <summary>In priority order: the more specific CMS markers first.</summary>
    private static readonly string[] Selectors =
    [
        "#zoom", ".TRS_Editor", "#UCAP-CONTENT", ".pages_content", "#Zoom", ".zoom", "#fontzoom", ".view.TRS_UEDITOR",
        ".article-content", ".article_content", "#content", ".content", "#article", ".article", "article",
        ".con-main", ".con", ".zw", "#zw", ".detail", ".details", ".main-txt", ".text",
    ];

    /// <summary>A marked block with less text than this is a stub (a share bar, an empty template slot).</summary>
    private const int MinTextChars = 40;

    public static IElement Locate(IDocument doc)
    {
        var body = doc.Body ?? doc.DocumentElement;
        foreach (var selector in Selectors)
        {
            IElement? best = null;
            var bestLength = MinTextChars - 1;
            foreach (var e in doc.QuerySelectorAll(selector))
            {
                var length = VisibleLength(e);
                if (length > bestLength)
                {
                    best = e;
                    bestLength = length;
                }
            }
            if (best is not null) return PreferDenser(best, bestLength, body);
        }
        return ByTextDensity(body) ?? body;
    }

    /// <summary>Below this, a marked block may be only the title area while the article sits elsewhere.</summary>
    private const int ShortBlockChars = 200;

    private static IElement PreferDenser(IElement marked, int markedLength, IElement body)
    {
        if (markedLength >= ShortBlockChars) return marked;
        var dense = ByTextDensity(body);
        // An ancestor of the marked block would bring the navigation back; only a separate block may win.
        return dense is not null && !marked.Contains(dense) && !dense.Contains(marked) && VisibleLength(dense) > 2 * markedLength
            ? dense
            : marked;
    }

    /// <summary>The parent of the paragraphs carrying the most non-link text.</summary>
    private static IElement? ByTextDensity(IElement body)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var p in body.QuerySelectorAll("p, td, div"))
        {
            if (p.ParentElement is not { } parent) continue;
            var own = OwnTextLength(p);
            if (own < 20) continue;
            scores[parent] = scores.GetValueOrDefault(parent) + own;
        }
        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>Text directly in the element or its inline children, excluding links.</summary>
    private static int OwnTextLength(IElement e)
    {
        var n = 0;
        foreach (var child in e.ChildNodes)
        {
            if (child is IText t) n += t.Data.Trim().Length;
            else if (child is IElement { TagName: "SPAN" or "FONT" or "STRONG" or "B" } inline) n += inline.TextContent.Trim().Length;
        }
        return n;
    }

    private static int VisibleLength(IElement e)
    {
        var text = HtmlText.Render(e);
        var n = 0;
        foreach (var c in text) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}

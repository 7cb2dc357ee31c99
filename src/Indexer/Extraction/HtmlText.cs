using System.Text;
using AngleSharp.Dom;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Renders an element's text with line structure: block elements break lines, table cells are
/// separated by a tab. Iterative, so a page nested 100,000 levels deep cannot overflow the stack.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped =
        ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SELECT", "BUTTON", "OBJECT", "svg", "HEAD", "TEXTAREA"];

    private static readonly HashSet<string> Blocks =
    [
        "P", "DIV", "BR", "TR", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "TABLE", "SECTION", "ARTICLE",
        "HEADER", "FOOTER", "BLOCKQUOTE", "PRE", "DL", "DT", "DD", "CENTER", "FORM", "HR", "TBODY", "THEAD", "ADDRESS",
    ];

    public static string Render(INode root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                AppendCollapsed(sb, text.Data);
                continue;
            }
            if (node is not IElement element) continue;
            if (Skipped.Contains(element.TagName) || IsHidden(element)) continue;
            var name = element.TagName;
            if (exit)
            {
                if (Blocks.Contains(name)) NewLine(sb);
                else if (name is "TD" or "TH") sb.Append('\t');
                continue;
            }
            if (Blocks.Contains(name)) NewLine(sb);
            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, false));
        }
        return Tidy(sb.ToString());
    }

    private static bool IsHidden(IElement e) =>
        e.GetAttribute("style") is { } style && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase);

    private static void AppendCollapsed(StringBuilder sb, string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\n' or '\r' or '\t' or '\f')
            {
                if (sb.Length > 0 && sb[^1] is not (' ' or '\n' or '\t')) sb.Append(' ');
            }
            else sb.Append(c);
        }
    }

    private static void NewLine(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
    }

    /// <summary>Trims each line (including the full-width and no-break spaces used to indent 公文) and drops empty ones.</summary>
    private static string Tidy(string s)
    {
        var lines = s.Split('\n')
            .Select(l => l.Trim(' ', '\t', '\u00A0', '\u3000', '\u200B', '\uFEFF'))
            .Select(l => l.Replace('\u00A0', ' '))
            .Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }
}

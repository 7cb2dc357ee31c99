using System.Text;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Repairs the text of one PDF page: PDF producers place CJK glyphs individually, so extraction
/// inserts spaces between them, and every printed line ends in a hard break. Spaces between two
/// CJK characters go; a line that runs to the full text width without closing punctuation is a
/// wrap and is joined to the next, while short lines (titles, 文号, signatures, the last line of
/// a paragraph) keep their break.
/// </summary>
internal static class PdfTextCleaner
{
    /// <summary>A line at least this share of the page's full line width counts as "full".</summary>
    private const double FullLineShare = 0.85;

    public static string CleanPage(string pageText)
    {
        var lines = TextDecoding.NormaliseLineBreaks(pageText).Split('\n')
            .Select(l => RemoveCjkSpaces(l).Trim())
            .ToList();
        var full = FullWidth(lines);
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
                continue;
            }
            sb.Append(line);
            var next = i + 1 < lines.Count ? lines[i + 1] : "";
            if (next.Length > 0 && IsWrapped(line, next, full))
            {
                if (!CjkText.IsCjk(line[^1]) && !CjkText.IsCjk(next[0])) sb.Append(' ');
            }
            else
            {
                sb.Append('\n');
            }
        }
        return sb.ToString().TrimEnd('\n');
    }

    private static bool IsWrapped(string line, string next, double fullWidth)
    {
        if (fullWidth <= 0 || CjkText.EndsSentence(line)) return false;
        if (Width(line) < fullWidth * FullLineShare) return false;
        // A numbered heading (一、 （二） 第三条) starts a new paragraph even after a full line.
        return !StartsParagraph(next);
    }

    private static bool StartsParagraph(string line) =>
        line.Length > 1 && (line[0] is '（' or '(' or '第' || "一二三四五六七八九十".Contains(line[0]) && line.IndexOf('、') is > 0 and < 4);

    /// <summary>The page's full line width: the longest widths that several lines reach.</summary>
    private static double FullWidth(List<string> lines)
    {
        var widths = lines.Where(l => l.Length >= 8).Select(Width).OrderByDescending(w => w).ToList();
        // With only a few lines (a cover page, a short notice) there is no reliable line width; keep every break.
        if (widths.Count < 5) return 0;
        // The third longest ignores one or two odd wide lines (tables, URLs) without dropping to the median.
        return widths[Math.Min(2, widths.Count - 1)];
    }

    /// <summary>Width in full-width character units: Latin letters and digits take half a cell.</summary>
    private static double Width(string s)
    {
        double w = 0;
        foreach (var c in s) w += c < 0x2E80 ? 0.5 : 1;
        return w;
    }

    /// <summary>Drops a space run with a CJK character on both sides ("三 高四新" → "三高四新").</summary>
    public static string RemoveCjkSpaces(string line)
    {
        if (line.IndexOf(' ') < 0) return line;
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ' ')
            {
                var j = i;
                while (j < line.Length && line[j] == ' ') j++;
                var before = sb.Length > 0 ? sb[^1] : '\0';
                var after = j < line.Length ? line[j] : '\0';
                if (!(CjkText.IsCjk(before) && CjkText.IsCjk(after))) sb.Append(' ');
                i = j - 1;
                continue;
            }
            sb.Append(line[i]);
        }
        return sb.ToString();
    }
}

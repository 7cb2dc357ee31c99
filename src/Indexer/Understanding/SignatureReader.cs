using System.Text.RegularExpressions;

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// Reads the 落款 (signing organ and 成文日期). The 成文日期 is the first line after the header that
/// holds only a date — bodies rarely have one, while attachments printed after the 落款 often do,
/// so "first" beats "last". A 版记 line "…印发" is the printing date, not the 成文日期.
/// </summary>
internal static partial class SignatureReader
{
    [GeneratedRegex(@"[\s\u3000（）()]")]
    private static partial Regex Filler();

    public static (string? Organ, DateOnly? Date) Read(string text, IReadOnlyList<TextLine> lines, int bodyStart)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.End <= bodyStart) continue;
            var dates = ChineseDates.FindAll(line.Text);
            if (dates.Count != 1) continue;
            var d = dates[0];
            var before = line.Text[..d.Offset];
            var after = Filler().Replace(line.Text[(d.Offset + d.Length)..], "");
            if (after.Length > 0) continue;
            var beforeClean = Filler().Replace(before, "");
            if (beforeClean.Length == 0)
                return (OrganAbove(lines, i), d.Date);
            if (OrganNames.LooksLikeOrgan(before.Trim()))
                return (before.Trim(), d.Date);
        }
        return (null, TailDate(text));
    }

    private static string? OrganAbove(IReadOnlyList<TextLine> lines, int dateLine)
    {
        if (dateLine == 0) return null;
        var above = lines[dateLine - 1].Text;
        return OrganNames.LooksLikeOrgan(above.Replace("\u3000", " ").Trim()) ? above.Trim() : null;
    }

    /// <summary>Texts without line breaks: a date among the last characters is the 落款's.</summary>
    private static DateOnly? TailDate(string text)
    {
        var tail = text.Length > 160 ? text[^160..] : text;
        var dates = ChineseDates.FindAll(tail);
        return dates.Count > 0 ? dates[^1].Date : null;
    }
}

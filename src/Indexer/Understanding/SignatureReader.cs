using System.Text.RegularExpressions;

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// Reads the 落款 (signing organ and 成文日期). The 成文日期 is the first line after the header that
/// holds only a date — bodies rarely have one, while attachments printed after the 落款 often do,
/// so "first" beats "last". A 版记 line "…印发" is the printing date, not the 成文日期. Laws and 规章
/// have no 落款: their 题注 under the title carries the date instead.
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
        return TitleNote(lines, bodyStart) ?? (null, TailDate(text));
    }

    // 题注 of laws and 规章: "（2023年3月16日北京市人民政府第308号令公布 自2023年4月15日起施行）".
    [GeneratedRegex(@"公布|通过|发布|印发|批准")]
    private static partial Regex Enacted();

    [GeneratedRegex(@"(?<organ>[\u4E00-\u9FFF]{2,20}?(?:人民政府|常务委员会|人民代表大会))(?:第\s*[0-9０-９]+\s*号)?令")]
    private static partial Regex DecreeOrgan();

    /// <summary>
    /// A bracketed note right under the title gives the date of adoption or promulgation, and for
    /// a 规章 the organ whose 令 it was. Its last adoption or amendment date is the 成文日期; the 施行 date is not.
    /// </summary>
    private static (string? Organ, DateOnly? Date)? TitleNote(IReadOnlyList<TextLine> lines, int bodyStart)
    {
        var note = lines.FirstOrDefault(l => l.End > bodyStart);
        if (note is null || note.Text[0] is not ('（' or '(') || note.Text[^1] is not ('）' or ')') || note.Text.Length > 400
            || !Enacted().IsMatch(note.Text)) return null;
        // The 施行 date ("自2025年10月1日起施行") is not when the text was made; of the others the last
        // is the current version's (a later 修改/修正 after the first 公布).
        var dates = ChineseDates.FindAll(note.Text)
            .Where(d => !note.Text.AsSpan(d.Offset + d.Length).TrimStart().StartsWith("起")).ToList();
        if (dates.Count == 0) return null;
        var organ = DecreeOrgan().Match(note.Text[(dates[0].Offset + dates[0].Length)..].TrimStart());
        return (organ.Success ? organ.Groups["organ"].Value : null, dates[^1].Date);
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

using System.Text.RegularExpressions;

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// What a line before the title can be without being the title, and how title lines continue.
/// Written for text extracted from PDFs and Word files, where the header zone also holds codes
/// printed by document systems (CSCR-2022-87001), attachment labels (附件 1) and digits spaced
/// apart from the characters around them (2023 年).
/// </summary>
internal static partial class TitleLines
{
    /// <summary>"附件", "附件1", "附件 2：" alone on a line: the label of an attachment printed as its own file.</summary>
    [GeneratedRegex(@"^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]?$")]
    private static partial Regex AttachmentLabel();

    /// <summary>The same label glued to the attachment's title: "附件 1“好年华聚福州”…", "附件2北京市…清单".</summary>
    [GeneratedRegex(@"^附\s*件\s*(?:[0-9０-９]{1,3}\s*[:：]?|[:：])\s*")]
    private static partial Regex AttachmentPrefix();

    /// <summary>Fewer Han characters than this and the line is a code, a page mark or a stray letter, not a title.</summary>
    private const int MinTitleIdeographs = 2;

    public static bool IsAttachmentLabel(string line) => AttachmentLabel().IsMatch(line);

    public static bool CannotBeTitle(string line) =>
        line.Count(c => c is >= '\u4E00' and <= '\u9FFF') < MinTitleIdeographs;

    /// <summary>"附件2北京市科技行政处罚清单" → "北京市科技行政处罚清单"; a bare label stays as it is.</summary>
    public static string WithoutAttachmentLabel(string title)
    {
        var m = AttachmentPrefix().Match(title);
        return m.Success && title.Length - m.Length >= 4 ? title[m.Length..] : title;
    }

    /// <summary>Decoration and spacing before a title: "★", "　", ")" left over from a bracketed number.</summary>
    public static string WithoutLeadingMarks(string s)
    {
        var i = 0;
        while (i < s.Length && !(s[i] is >= '\u4E00' and <= '\u9FFF' || s[i] is '《' or '“' or '（' or '(')) i++;
        return s[i..].Trim();
    }

    /// <summary>An organ name on its own line, followed by a 关于 title that starts with an organ of its own.</summary>
    public static bool IsMastheadAbove(string line, string next) =>
        OrganNames.LooksLikeOrgan(line) && next.IndexOf("关于", StringComparison.Ordinal) > 1
        && OrganNames.LooksLikeOrgan(next[..next.IndexOf("关于", StringComparison.Ordinal)]);

    /// <summary>
    /// A title line that only quotes another document's name ("《北京市商品房预售资金监督管理办法》")
    /// goes on when the next line is a short 文种-like ending: "起草说明", "政策解读", "问答".
    /// </summary>
    public static bool QuotedNameGoesOn(string title, string next) =>
        title.StartsWith('《') && title.EndsWith('》') && title.IndexOf('》') == title.Length - 1
        && next.Length <= 12 && !next.StartsWith('《') && !next.StartsWith('（') && GenreRules.LooksComplete(next);

    [GeneratedRegex(@"^[0-9０-９]{4}\s*年")]
    private static partial Regex YearLed();

    /// <summary>
    /// An organ line followed by the rest of a title that does not start with 关于: annual reports
    /// ("洪泽区人民政府" / "2023 年政府信息公开工作年度报告") and yearly plans ("2024年立法工作计划").
    /// Only a year-led continuation that ends like a title and is not a date joins: a following line
    /// that is a whole title of its own ("北京市…办法", "国务院关于…") names its organ itself.
    /// </summary>
    public static bool ContinuesOrganLine(string next) =>
        YearLed().IsMatch(next) && next.Length <= 40 && !next.Contains('。') && !next.Contains("关于")
        && GenreRules.LooksComplete(next) && ChineseDates.FindAll(next).Count == 0;
}

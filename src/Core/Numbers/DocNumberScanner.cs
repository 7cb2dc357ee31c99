using System.Text.RegularExpressions;

namespace Gongkai.Core.Numbers;

/// <summary>
/// Finds 文号 in running text. The year part is the anchor (a bracketed year, or "2017年…号");
/// the agency is read backwards from it over Chinese characters and cut at words that cannot be
/// part of a 代字 (根据, 印发, 的, a title's 文种 …). Without brackets or 年 a number is only
/// accepted at the start of a line and when it ends in 号, because mid-sentence digits are
/// too often dates, phone numbers and registrations.
/// </summary>
internal static partial class DocNumberScanner
{
    private const string Digit = "[0-9０-９]";

    [GeneratedRegex($@"(?<open>[〔\[［(（【﹝〈])[ \t\u3000]*(?<y>{Digit}{{4}})[ \t\u3000]*年?[ \t\u3000]*[〕\]］)）】﹞〉]\s*第?\s*(?<s>{Digit}{{1,5}})(?!{Digit})(?:\s*(?<hao>[号號]))?")]
    private static partial Regex BracketedYear();

    [GeneratedRegex($@"(?<y>{Digit}{{4}})[ \t\u3000]*年[ \t\u3000]*第?[ \t\u3000]*(?<s>{Digit}{{1,5}})[ \t\u3000]*(?<hao>[号號])")]
    private static partial Regex YearWithNian();

    [GeneratedRegex($@"^[ \t\u3000]*(?<a>[\u3400-\u4DBF\u4E00-\u9FFF]{{2,12}})(?<y>(?:19|20){Digit}{{2}})(?<s>[1-9１-９]{Digit}{{0,3}})[ \t\u3000]*(?<hao>[号號])", RegexOptions.Multiline)]
    private static partial Regex LineStartRunTogether();

    // Words after which a 代字 starts; the agency is what follows their last occurrence.
    private static readonly string[] BoundaryWords =
    [
        "根据", "按照", "依据", "依照", "参照", "参见", "详见", "印发", "转发", "批转", "贯彻", "落实", "执行", "关于",
        "发布", "下发", "废止", "修订", "文件", "精神", "通知", "意见", "批复", "决定", "规定", "办法", "复函", "公告",
        "通告", "报告", "请示", "纪要", "方案", "细则", "条例", "规划", "要点", "通报", "决议", "命令", "议案", "公报",
        "计划", "措施", "指引", "指南", "解读", "解释", "答复", "章程", "标准", "的函", "的", "和", "及", "与", "或", "并", "见",
        "号", "了", "即", "据", "按", "将", "对", "在", "是", "由", "以",
    ];

    // With 年 and no bracket, a real 代字 ends in one of these; "受2017年12号台风" does not.
    private const string AgencyEndingsForNianForm = "发函字办电规释复委通呈报政府令";

    public static IReadOnlyList<DocNumberMatch> FindAll(string text)
    {
        var found = new List<DocNumberMatch>();
        foreach (Match m in BracketedYear().Matches(text))
        {
            var open = m.Groups["open"].Value[0];
            var strongBracket = open is '〔' or '﹝' or '[' or '［';
            if (!strongBracket && !m.Groups["hao"].Success) continue;
            TryAdd(found, text, m, requireEnding: null);
        }
        foreach (Match m in YearWithNian().Matches(text))
            TryAdd(found, text, m, requireEnding: AgencyEndingsForNianForm);
        foreach (Match m in LineStartRunTogether().Matches(text))
        {
            var agency = ChineseFolding.ToSimplified(m.Groups["a"].Value);
            if (DocNumberGrammar.IsImplausibleAgency(agency)) continue;
            if (!TryNumbers(m, out var year, out var serial)) continue;
            var start = m.Groups["a"].Index;
            found.Add(new DocNumberMatch(new DocNumber(agency, year, serial), start, m.Index + m.Length - start));
        }
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        // Forms overlap only when the same number was seen twice; keep the first.
        var result = new List<DocNumberMatch>(found.Count);
        foreach (var f in found)
            if (result.Count == 0 || f.Offset >= result[^1].End) result.Add(f);
        return result;
    }

    private static void TryAdd(List<DocNumberMatch> found, string text, Match m, string? requireEnding)
    {
        if (!TryNumbers(m, out var year, out var serial)) return;
        var (agencyStart, agency) = ReadAgencyBackwards(text, m.Index);
        if (agency is null || agency.Length < 2 || agency.Length > DocNumber.MaxAgencyLength) return;
        if (DocNumberGrammar.IsImplausibleAgency(agency)) return;
        if (requireEnding is not null && !requireEnding.Contains(agency[^1])) return;
        found.Add(new DocNumberMatch(new DocNumber(agency, year, serial), agencyStart, m.Index + m.Length - agencyStart));
    }

    private static bool TryNumbers(Match m, out int year, out int serial)
    {
        year = ParseDigits(m.Groups["y"].Value);
        serial = ParseDigits(m.Groups["s"].Value);
        return year is >= 1900 and <= 2099 && serial > 0;
    }

    private static int ParseDigits(string s)
    {
        var v = 0;
        foreach (var c in s) v = v * 10 + ChineseFolding.DigitValue(c);
        return v;
    }

    /// <summary>
    /// Reads Chinese characters backwards from <paramref name="end"/> (spaces between them are
    /// skipped, since titles are often letter-spaced: 通　知国发〔…〕), then cuts at boundary words.
    /// </summary>
    private static (int Start, string? Agency) ReadAgencyBackwards(string text, int end)
    {
        var i = end;
        while (i > 0 && text[i - 1] is ' ' or '\u3000' or '\t') i--;
        var chars = new List<(int Pos, char Ch)>();
        while (i > 0 && chars.Count < 24)
        {
            var c = text[i - 1];
            if (ChineseFolding.IsHan(c)) { chars.Add((i - 1, c)); i--; }
            else if (c is ' ' or '\u3000' && i >= 2 && ChineseFolding.IsHan(text[i - 2]) && chars.Count > 0) { chars.Add((i - 1, ' ')); i--; }
            else break;
        }
        if (chars.Count == 0) return (end, null);
        chars.Reverse();
        var withSpaces = new string(chars.Select(p => ChineseFolding.ToSimplified(p.Ch)).ToArray());
        var compact = withSpaces.Replace(" ", "");
        var cut = 0;
        foreach (var w in BoundaryWords)
        {
            var k = compact.LastIndexOf(w, StringComparison.Ordinal);
            if (k >= 0 && k + w.Length < compact.Length) cut = Math.Max(cut, k + w.Length);
        }
        // Map the cut (in compact chars) back to a position in the list, then drop anything before
        // a remaining space: "国务院办公厅 国办发" is a signature, not one agency.
        var kept = 0;
        var startIndex = 0;
        for (var j = 0; j < chars.Count; j++)
        {
            if (chars[j].Ch == ' ') continue;
            if (kept == cut) { startIndex = j; break; }
            kept++;
        }
        var lastSpace = -1;
        for (var j = startIndex; j < chars.Count; j++) if (chars[j].Ch == ' ') lastSpace = j;
        if (lastSpace >= 0) startIndex = lastSpace + 1;
        // Spaced runs were collected from a title; only the unspaced tail is the 代字.
        var agency = new string(chars.Skip(startIndex).Where(p => p.Ch != ' ').Select(p => ChineseFolding.ToSimplified(p.Ch)).ToArray());
        return startIndex < chars.Count ? (chars[startIndex].Pos, agency) : (end, null);
    }
}

using System.Text.RegularExpressions;
using Gongkai.Core.Numbers;

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// Reads the header zone of a 公文: 发文机关标志 (…文件), own 文号, title, 主送机关. The own 文号 is one
/// standing on its own line before the body (or labelled 文号：), or — in texts whose line breaks
/// were lost — the one right after the title; never a number cited in the body.
/// </summary>
internal static partial class HeaderReader
{
    private const int MaxHeaderLines = 30;
    private const int MaxTitleLines = 4;

    [GeneratedRegex(@"^(索\s*引\s*号|发布(日期|时间|机构)|来\s*源|信息来源|浏览次数|访问次数|【字体|字体|分享|打印|时间[:：]|日期[:：]|发文机关|发文机构|发文字号|成文日期|生成日期|主题分类|公开方式|公开范围|有\s*效\s*性|文\s*号|统一编号|登记号|签\s*发\s*人|密\s*级|份\s*号|紧急程度|特\s*急|加\s*急|机\s*密|秘\s*密|[0-9０-９]{1,8}$|[-—－]\s*\d+\s*[-—－])")]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"^(文\s*号|发文字号)\s*[:：]?")]
    private static partial Regex NumberLabel();

    // Portal metadata blocks label the fields: "文 号:琼公积金贷〔2026〕10号", "标 题:…".
    [GeneratedRegex(@"(?:文\s*号|发文字号)\s*[:：]\s*$")]
    private static partial Regex NumberLabelBefore();

    [GeneratedRegex(@"^(?:标\s*题|信息名称|文件名称|名\s*称)\s*[:：]\s*(?<t>\S.{3,150})$")]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"^[\s\u3000]*\S{0,30}?令[\s\u3000]*第[\s\u3000]*[0-9０-９一二三四五六七八九十百零〇]+[\s\u3000]*号[\s\u3000]*《(?<t>[^《》]{2,80})》")]
    private static partial Regex DecreeOpening();

    // Numbered items start the body: 第一条, 一、, and in question-and-answer texts 1.《…》 / 1、.
    [GeneratedRegex(@"^(第[一二三四五六七八九十]+[条章]|[一二三四五六七八九十]+、|[0-9０-９]{1,2}[.．、](?![0-9０-９]))")]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^[0-9０-９〇○零一二三四五六七八九]{4}\s*年")]
    private static partial Regex DateLed();

    public static HeaderFacts Read(string text, IReadOnlyList<TextLine> lines, IReadOnlyList<DocNumberMatch> numbers)
    {
        if (lines.Count == 0) return new HeaderFacts(null, null, null, [], 0);
        var decree = DecreeOpening().Match(text);
        var decreeTitle = decree.Success ? Quoted(decree.Groups["t"].Value) : null;
        // A first line that already reads like a sentence lost its line breaks: title, 文号 and 主送 run together.
        var runTogether = lines[0].Text.Length > 100 && (lines[0].Text.Contains('。') || lines[0].Text.Contains('：'));
        var facts = runTogether ? ReadRunTogether(text, lines[0], numbers) : null;
        if (facts?.Title is null) facts = ReadLaidOut(text, lines, numbers);
        if (decreeTitle is not null) facts = facts with { Title = decreeTitle };
        var labelled = LabelledNumber(text, lines, numbers);
        if (labelled is not null) facts = facts with { OwnNumber = labelled };
        var labelledTitle = lines.Take(MaxHeaderLines).Select(l => TitleLabel().Match(l.Text)).FirstOrDefault(m => m.Success);
        if (labelledTitle is not null) facts = facts with { Title = Clean(labelledTitle.Groups["t"].Value) };
        return facts;
    }

    private static DocNumberMatch? LabelledNumber(string text, IReadOnlyList<TextLine> lines, IReadOnlyList<DocNumberMatch> numbers)
    {
        var headerEnd = lines[Math.Min(lines.Count, MaxHeaderLines) - 1].End;
        foreach (var m in numbers)
        {
            if (m.Offset > headerEnd) break;
            var from = Math.Max(0, m.Offset - 12);
            if (NumberLabelBefore().IsMatch(text[from..m.Offset])) return m;
        }
        return null;
    }

    /// <summary>A title quoted inside 《》 writes its own nested 《》 as 〈〉; give them back.</summary>
    private static string Quoted(string inner) => Clean(inner.Replace('〈', '《').Replace('〉', '》'));

    /// <summary>Line breaks lost: "国务院关于…的批复国函〔2016〕178号国土资源部…：你们…".</summary>
    private static HeaderFacts ReadRunTogether(string text, TextLine line, IReadOnlyList<DocNumberMatch> numbers)
    {
        foreach (var m in numbers)
        {
            if (m.Offset >= line.Start + 300 || m.Offset >= line.End) break;
            var before = TrimBrackets(text[line.Start..m.Offset]);
            if (before.Length < 4 || !GenreRules.LooksComplete(Clean(before)) || IsCitingClause(before)) continue;
            var title = Clean(before);
            var rest = text[m.End..Math.Min(line.End, m.End + 200)];
            var colon = rest.IndexOfAny(['：', ':']);
            var recipients = colon > 0 && rest[..colon].IndexOfAny(['。', '《']) < 0 ? SplitRecipients(rest[..colon]) : [];
            return new HeaderFacts(title, m, null, recipients, m.End);
        }
        return new HeaderFacts(null, null, null, [], line.Start);
    }

    /// <summary>
    /// "根据《…的通知》（成委厅〔2020〕23号）" / "为贯彻落实《…意见》（国办发〔2020〕23号）精神，…": an opening sentence
    /// that names another document, with that document's number in brackets after the 《》. A title
    /// is not a clause (no comma) and does not end on a quoted name.
    /// </summary>
    private static bool IsCitingClause(string before)
    {
        var t = before.TrimEnd();
        return t.EndsWith('》') || t.EndsWith('>') || t.IndexOfAny(['，', ',']) >= 0;
    }

    private static HeaderFacts ReadLaidOut(string text, IReadOnlyList<TextLine> lines, IReadOnlyList<DocNumberMatch> numbers)
    {
        string? title = null, organMark = null;
        DocNumberMatch? own = null;
        IReadOnlyList<string> recipients = [];
        var bodyStart = 0;
        var limit = Math.Min(lines.Count, MaxHeaderLines);
        for (var i = 0; i < limit; i++)
        {
            var line = lines[i];
            var standalone = StandaloneNumber(text, line, numbers);
            if (standalone is not null)
            {
                own ??= standalone;
                bodyStart = Math.Max(bodyStart, standalone.End);
                while (i + 1 < limit && lines[i + 1].Start < standalone.End) i++;
                continue;
            }
            if (MetaLine().IsMatch(line.Text)) continue;
            if (title is null && own is null && LeadingNumber(text, line, numbers) is var (lead, leadOrgan, rest) && lead is not null)
            {
                // "巴住公管委〔2022〕7号巴中市住房公积金管理委员会" / "…委员会文件泰公积金委字〔2022〕2号★": the
                // header's parts lost their line breaks; the number is the own one, what follows starts the title.
                own = lead;
                organMark ??= leadOrgan;
                bodyStart = lead.End;
                if (rest.Length == 0) continue;
                var edited = lines.ToList();
                edited[i] = line with { Text = rest, Start = line.End - rest.Length };
                lines = edited;
                line = edited[i];
            }
            if (title is null && organMark is null && IsOrganMark(line.Text, out var organ)) { organMark = organ; continue; }
            if (title is null)
            {
                if (DateLed().IsMatch(line.Text) || TitleLines.CannotBeTitle(line.Text) || TitleLines.IsAttachmentLabel(line.Text)) continue;
                // An organ line above a title that names its organ itself ("国务院办公厅" / "国务院办公厅关于…"): a masthead.
                if (i + 1 < limit && TitleLines.IsMastheadAbove(line.Text, lines[i + 1].Text))
                {
                    organMark ??= line.Text;
                    continue;
                }
                // A sentence or a 主送 line is the body already: this text has no title line.
                if (IsRecipientsLine(line.Text) || line.Text.Contains('。') || line.Text.Length > 100) break;
                var (t, used) = ReadTitle(lines, i, limit, text, numbers);
                title = t;
                if (OrganNames.LooksLikeOrgan(line.Text) && used > 1) organMark ??= line.Text;
                var ownInTitle = NumberEndingTitle(text, lines[i].Start, lines[i + used - 1].End, numbers);
                if (ownInTitle is not null && own is null)
                {
                    own = ownInTitle;
                    title = Clean(TrimBrackets(text[lines[i].Start..ownInTitle.Offset]));
                }
                title = TitleLines.WithoutAttachmentLabel(title);
                i += used - 1;
                bodyStart = lines[i].End;
                continue;
            }
            if (IsRecipientsLine(line.Text))
            {
                recipients = SplitRecipients(line.Text[..^1]);
                bodyStart = line.End;
                break;
            }
            if (ArticleStart().IsMatch(line.Text) || (line.Text.Length > 60 && line.Text.Contains('。'))) break;
        }
        return new HeaderFacts(title, own, organMark, recipients, bodyStart);
    }

    private static (string Title, int Lines) ReadTitle(IReadOnlyList<TextLine> lines, int first, int limit, string text, IReadOnlyList<DocNumberMatch> numbers)
    {
        var title = lines[first].Text;
        var used = 1;
        while (used < MaxTitleLines && first + used < limit)
        {
            var next = lines[first + used].Text;
            var joinOrganLine = used == 1 && OrganNames.LooksLikeOrgan(title)
                && (next.StartsWith("关于", StringComparison.Ordinal) || TitleLines.ContinuesOrganLine(next));
            if (!joinOrganLine && GenreRules.LooksComplete(title) && !TitleLines.QuotedNameGoesOn(title, next)) break;
            // "…的通知渝府办发〔2025〕42号": the title ended where its own 文号 was glued on.
            if (NumberEndingTitle(text, lines[first].Start, lines[first + used - 1].End, numbers) is not null) break;
            // Across a blank line only a 公文 title still waiting for its 文种 (关于… without 通知) goes on.
            var blankBetween = text.AsSpan(lines[first + used - 1].End, lines[first + used].Start - lines[first + used - 1].End).Count('\n') > 1;
            if (blankBetween && !title.Contains("关于", StringComparison.Ordinal) && !joinOrganLine) break;
            if (next.Length > 40 || MetaLine().IsMatch(next) || IsRecipientsLine(next) || DateLed().IsMatch(next) && !joinOrganLine
                || ArticleStart().IsMatch(next) || StandaloneNumber(text, lines[first + used], numbers) is not null
                || next.Contains('。'))
                break;
            title += next;
            used++;
        }
        return (Clean(title), used);
    }

    /// <summary>
    /// A 文号 at the start of a header line, after nothing or after the organ (mark): the own number
    /// when what follows is nothing, a title or an organ — not "国办发〔2016〕10号文件精神，…" in a sentence.
    /// </summary>
    private static (DocNumberMatch? Number, string? Organ, string Remainder) LeadingNumber(string text, TextLine line, IReadOnlyList<DocNumberMatch> numbers)
    {
        var m = numbers.FirstOrDefault(n => n.Offset >= line.Start && n.Offset < line.End);
        if (m is null) return (null, null, "");
        var prefix = Clean(text[line.Start..m.Offset]).Replace(" ", "");
        string? organ = null;
        if (prefix.Length > 0 && !IsOrganMark(prefix, out organ))
        {
            if (!OrganNames.LooksLikeOrgan(prefix)) return (null, null, "");
            organ = prefix;
        }
        var rest = TitleLines.WithoutLeadingMarks(text[m.End..Math.Max(m.End, line.End)]);
        var startsTitle = rest.Length == 0 || rest.StartsWith("关于", StringComparison.Ordinal) || OrganNames.LooksLikeOrgan(rest)
                          || rest.Length <= 100 && !rest.Contains('。') && GenreRules.LooksComplete(rest);
        return startsTitle ? (m, organ, rest) : (null, null, "");
    }

    /// <summary>
    /// A 文号 glued to the end of the title ("…的通知渝府办发〔2025〕42 号", "…的通知（榕政办〔2016〕186号）"):
    /// nothing but brackets after it, and a complete title before it. A number inside the title
    /// ("关于转发国办发〔2016〕10号文件的通知") is a citation, not the own 文号.
    /// </summary>
    private static DocNumberMatch? NumberEndingTitle(string text, int start, int end, IReadOnlyList<DocNumberMatch> numbers)
    {
        foreach (var m in numbers)
        {
            if (m.Offset < start) continue;
            if (m.End > end + 1) break;
            var after = text[m.End..Math.Max(m.End, end)].Trim(" \t\u3000\n）)〕]】".ToCharArray());
            if (after.Length == 0 && GenreRules.LooksComplete(Clean(TrimBrackets(text[start..m.Offset])))) return m;
        }
        return null;
    }

    /// <summary>A 文号 that is alone on its line(s), possibly in brackets or after a 文号： label.</summary>
    private static DocNumberMatch? StandaloneNumber(string text, TextLine line, IReadOnlyList<DocNumberMatch> numbers)
    {
        foreach (var m in numbers)
        {
            if (m.Offset < line.Start) continue;
            if (m.Offset >= line.End) break;
            var lineEnd = text.IndexOf('\n', m.End);
            var after = text[m.End..(lineEnd < 0 ? text.Length : lineEnd)];
            var residual = text[line.Start..m.Offset].Trim() + "|" + Regex.Replace(after, @"签\s*发\s*人.*$", "").Trim();
            residual = NumberLabel().Replace(residual.Trim(), "");
            if (residual.Trim(" \t\u3000|（）()〔〕[]【】".ToCharArray()).Length == 0) return m;
        }
        return null;
    }

    private static bool IsOrganMark(string line, out string organ)
    {
        organ = "";
        var t = line.Replace(" ", "").Replace("\u3000", "");
        foreach (var suffix in (string[])["行政规范性文件", "规范性文件", "文件"])
            if (t.EndsWith(suffix, StringComparison.Ordinal) && OrganNames.LooksLikeOrgan(t[..^suffix.Length]))
            {
                organ = t[..^suffix.Length];
                return true;
            }
        return false;
    }

    private static bool IsRecipientsLine(string line) =>
        (line.EndsWith('：') || line.EndsWith(':')) && line.Length <= 150 && line.IndexOfAny(['。', '《']) < 0
        && !MetaLine().IsMatch(line);

    private static IReadOnlyList<string> SplitRecipients(string s) =>
        s.Split(['，', ',', '、', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(r => r.Length > 0).ToList();

    private static string TrimBrackets(string s) => s.Trim().TrimEnd('（', '(', '〔', '[', '【', ' ', '\u3000').Trim();

    /// <summary>Letter-spacing removed (请　示　的　通　知), digits joined to their characters, whitespace runs collapsed.</summary>
    internal static string Clean(string title)
    {
        var t = title.Replace('\u3000', ' ').Replace('\t', ' ').Replace("\n", "").Replace("\r", "").Replace("\u200B", "");
        t = Regex.Replace(t, @"(?<=[\u4E00-\u9FFF，、《》（）“”]) +(?=[\u4E00-\u9FFF，、《》（）“”])", "");
        // PDF text spaces digits apart from the characters around them: "2023 年政府信息公开工作年度报告".
        t = Regex.Replace(t, @"(?<=[0-9]) +(?=[\u4E00-\u9FFF])|(?<=[\u4E00-\u9FFF]) +(?=[0-9])", "");
        return Regex.Replace(t, " {2,}", " ").Trim();
    }
}

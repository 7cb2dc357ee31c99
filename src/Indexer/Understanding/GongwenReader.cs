using Gongkai.Core.Domain;
using Gongkai.Core.Numbers;

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// Reads a 公文's text into <see cref="GongwenFacts"/>: own 文号, title, organ, 成文日期, 主送,
/// 附件, openness, kind, 文种, 主题分类, citations and, for a 政策解读, what it interprets.
/// Pure and thread-safe; the rules are general (GB/T 9704 layout), never per-source.
/// </summary>
public sealed class GongwenReader(CategoryRules? categories = null)
{
    private readonly CategoryRules _categories = categories ?? CategoryRules.Default;

    public GongwenFacts Read(string text, UnderstandingHints hints)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF');
        var lines = TextLine.Split(text);
        var numbers = DocNumber.FindAll(text);
        var header = HeaderReader.Read(text, lines, numbers);
        var (signOrgan, writtenDate) = SignatureReader.Read(text, lines, header.BodyStart);
        var own = header.OwnNumber?.Number;
        var title = string.IsNullOrWhiteSpace(hints.GivenTitle) ? header.Title : hints.GivenTitle.Trim();
        var organ = header.OrganMark
            ?? signOrgan
            ?? OrganFromTitle(title)
            ?? hints.OrganDirectory.OrganFor(own?.Agency);
        var citedNumbers = CitationReader.DocNumbers(numbers, own?.Canonical);
        var citedTitles = CitationReader.Titles(text, title);
        var kind = KindRules.Classify(title, text, own?.Agency, organ, hints.RelativePath);
        var (interpretsTitle, interpretsNumber) = kind == DocumentKinds.Interpretation
            ? CitationReader.InterpretationTarget(title, citedTitles, citedNumbers)
            : (null, null);
        return new GongwenFacts
        {
            Title = title,
            DocNumber = own?.Canonical,
            Organ = organ,
            WrittenDate = writtenDate,
            Recipients = header.Recipients,
            Attachments = AttachmentReader.Read(lines, header.BodyStart),
            Openness = OpennessOf(text),
            Kind = kind,
            Genre = GenreRules.GenreOf(title),
            Category = _categories.Classify(title, text),
            CitedDocNumbers = citedNumbers,
            CitedTitles = citedTitles,
            InterpretsDocNumber = interpretsNumber,
            InterpretsTitle = interpretsTitle,
        };
    }

    /// <summary>"国务院办公厅关于…" → 国务院办公厅.</summary>
    private static string? OrganFromTitle(string? title)
    {
        if (title is null) return null;
        var i = title.IndexOf("关于", StringComparison.Ordinal);
        if (i <= 1) return null;
        var head = title[..i].Trim();
        return OrganNames.LooksLikeOrgan(head) ? head : null;
    }

    private static string? OpennessOf(string text)
    {
        var tail = text.Length > 3000 ? text[^3000..] : text;
        if (tail.Contains("此件不予公开")) return Opennesses.NotDisclosed;
        if (tail.Contains("此件依申请公开")) return Opennesses.OnRequest;
        if (tail.Contains("此件公开发布") || tail.Contains("此件主动公开") || tail.Contains("公开方式：主动公开")) return Opennesses.Proactive;
        return null;
    }
}

using AngleSharp.Dom;
using Gongkai.Core.Domain;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Reads the 信息公开 catalog block a portal prints above the article (索引号, 发布机构, 成文日期 …).
/// Layouts vary — label and value in neighbouring cells, in one cell after a colon, in dt/dd or
/// b/span pairs — so a label is found as the start of an element's own text and its value is the
/// rest of that element, else the next element.
/// </summary>
internal static class HtmlCatalogReader
{
    private enum Field { Title, IndexNumber, Organ, WrittenDate, PublishedDate, DocNumber, Category, Validity, Openness }

    /// <summary>Labels with whitespace removed; longer labels first so 发文字号 is not read as 文号.</summary>
    private static readonly (string Label, Field Field)[] Labels =
    [
        ("索引号", Field.IndexNumber), ("发布机构", Field.Organ), ("发文机关", Field.Organ), ("发文单位", Field.Organ),
        ("发布单位", Field.Organ), ("发布机关", Field.Organ), ("责任部门", Field.Organ), ("成文日期", Field.WrittenDate), ("生成日期", Field.WrittenDate),
        ("发文日期", Field.WrittenDate), ("印发日期", Field.WrittenDate), ("发布日期", Field.PublishedDate), ("公开日期", Field.PublishedDate), ("公布日期", Field.PublishedDate),
        ("发文字号", Field.DocNumber), ("文件编号", Field.DocNumber), ("文号", Field.DocNumber), ("主题分类", Field.Category),
        ("文件名称", Field.Title), ("名称", Field.Title), ("标题", Field.Title), ("有效性", Field.Validity),
        ("时效性", Field.Validity), ("公开方式", Field.Openness),
    ];

    /// <summary>Catalog cells are short; longer text is prose that merely mentions a label.</summary>
    private const int MaxCellChars = 200;

    public static ProvidedMetadata Read(IDocument doc)
    {
        var found = new Dictionary<Field, string>();
        if (doc.Body is null) return ProvidedMetadata.Empty;
        foreach (var e in doc.Body.QuerySelectorAll("td, th, span, li, dt, dd, b, strong, label, p, div, em, i, font"))
        {
            ReadSeparatedFields(e, found);
            if (LabelOf(e) is not var (label, field) || found.ContainsKey(field)) continue;
            var value = ValueOf(e, label);
            if (value is not null) found[field] = value;
        }
        return new ProvidedMetadata
        {
            Title = found.GetValueOrDefault(Field.Title),
            IndexNumber = found.GetValueOrDefault(Field.IndexNumber),
            Organ = found.GetValueOrDefault(Field.Organ),
            WrittenDate = found.GetValueOrDefault(Field.WrittenDate),
            PublishedDate = found.GetValueOrDefault(Field.PublishedDate),
            DocNumber = found.GetValueOrDefault(Field.DocNumber),
            Category = found.GetValueOrDefault(Field.Category),
            Validity = found.GetValueOrDefault(Field.Validity),
            Openness = found.GetValueOrDefault(Field.Openness),
        };
    }

    /// <summary>Shanghai-style lines: "印发日期：2025-09-16 | 文号：沪财发〔2025〕5号 | 发文机关：…".</summary>
    private static void ReadSeparatedFields(IElement e, Dictionary<Field, string> found)
    {
        var own = OwnText(e);
        if (own.IndexOfAny(['|', '｜']) < 0 || own.Length > MaxCellChars * 2) return;
        foreach (var segment in own.Split(['|', '｜'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = segment.IndexOfAny([':', '：']);
            if (colon <= 0) continue;
            var labelPart = Squash(segment[..colon]);
            foreach (var (label, field) in Labels)
            {
                if (!labelPart.EndsWith(label, StringComparison.Ordinal) || labelPart.Length - label.Length > MaxLabelPrefix) continue;
                if (!found.ContainsKey(field) && Meaningful(Clean(segment[(colon + 1)..])) is { } value) found[field] = value;
                break;
            }
        }
    }

    /// <summary>
    /// The label an element starts with. CMSs decorate labels ("备注/文号", "公文生成日期",
    /// "信息名称"), so the text before the colon may carry a short prefix.
    /// </summary>
    private static (string Label, Field Field)? LabelOf(IElement e)
    {
        var own = Squash(OwnText(e));
        if (own.Length == 0 || own.Length > MaxCellChars) return null;
        var colon = own.IndexOfAny([':', '：']);
        var labelPart = colon >= 0 ? own[..colon] : own;
        if (labelPart.Length > 10) return null;
        // A bare word ("标题" in a search box) is a label only in a table cell or followed by a colon.
        if (colon < 0 && e.TagName is not ("TD" or "TH" or "DT") && !StartsWithColon(e.NextSibling)) return null;
        foreach (var (label, field) in Labels)
            if (labelPart.EndsWith(label, StringComparison.Ordinal) && labelPart.Length - label.Length <= MaxLabelPrefix)
                return (label, field);
        return null;
    }

    private static bool StartsWithColon(INode? n) =>
        n is IText t && t.Data.TrimStart().StartsWith(':') || n is IText t2 && t2.Data.TrimStart().StartsWith('：');

    /// <summary>Short text ending in a colon: some other field's label, where a value search must stop.</summary>
    private static bool LooksLikeLabel(IElement e)
    {
        if (LabelOf(e) is not null) return true;
        var own = Squash(e.TextContent);
        return own.Length is > 1 and <= 12 && own[^1] is ':' or '：';
    }

    private const int MaxLabelPrefix = 4;

    /// <summary>Value after the label in the same element, else in the following sibling nodes, else the next cell.</summary>
    private static string? ValueOf(IElement labelElement, string label)
    {
        var full = Clean(labelElement.TextContent);
        if (full.Length > MaxCellChars) return null;
        var rest = AfterLabel(full, label);
        if (rest.Length > 0) return Meaningful(rest);

        if (labelElement.TagName is not ("TD" or "TH" or "DT"))
        {
            var following = new System.Text.StringBuilder();
            for (var n = labelElement.NextSibling; n is not null; n = n.NextSibling)
            {
                if (n is IElement el && LooksLikeLabel(el)) break;
                following.Append(n.TextContent).Append(' ');
            }
            var inline = Clean(following.ToString()).TrimStart(':', '：', ' ');
            if (inline.Length > 0) return inline.Length > MaxCellChars ? null : Meaningful(inline);
        }

        var next = labelElement.NextElementSibling ?? labelElement.ParentElement?.NextElementSibling;
        if (next is null || LooksLikeLabel(next) || next.QuerySelectorAll("*").Any(LooksLikeLabel)) return null;
        var value = Clean(next.TextContent);
        return value.Length is 0 or > MaxCellChars ? null : Meaningful(value);
    }

    /// <summary>"-", "无", "/" are what CMSs print for an empty field.</summary>
    private static string? Meaningful(string v)
    {
        v = CutNoise(v);
        return v is "-" or "—" or "无" or "/" or "暂无" || v.Length == 0 ? null : v;
    }

    /// <summary>Page furniture that CMS templates print right after a value, and leaked markup.</summary>
    private static readonly string[] Noise = ["<", "浏览量", "浏览次数", "访问量", "点击数", "点击率", "【打印】", "【字体", "字号：", "查看更多", "|", "｜"];

    internal static string CutNoise(string v)
    {
        foreach (var n in Noise)
        {
            var i = v.IndexOf(n, StringComparison.Ordinal);
            if (i >= 0) v = v[..i];
        }
        return v.Trim().TrimEnd(':', '：').Trim();
    }

    /// <summary>The text after the label and its colon, allowing spaces inside the label ("文 号").</summary>
    private static string AfterLabel(string full, string label)
    {
        var colon = full.IndexOfAny([':', '：']);
        if (colon >= 0 && colon <= label.Length * 3 + MaxLabelPrefix * 2) return full[(colon + 1)..].Trim();
        var i = 0;
        foreach (var c in label)
        {
            while (i < full.Length && char.IsWhiteSpace(full[i])) i++;
            if (i >= full.Length || full[i] != c) return "";
            i++;
        }
        return full[i..].TrimStart(' ', ':', '：', '\u3000').Trim();
    }

    private static string OwnText(IElement e) =>
        string.Concat(e.ChildNodes.OfType<IText>().Select(t => t.Data));

    private static string Squash(string s) =>
        string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c != '\u3000' && c != '\u00A0'));

    private static string Clean(string s) =>
        string.Join(" ", s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('\u200B', '\uFEFF');
}

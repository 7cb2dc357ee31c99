using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Core.Domain;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Saved government portal pages: the article text without navigation and footer, plus the
/// page's catalog block (索引号, 发布机构 …) and title as <see cref="ExtractedDocument.Given"/>.
/// </summary>
public sealed partial class HtmlExtractor : IDocumentExtractor
{
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".shtml"];

    [GeneratedRegex(@"(?:发布时间|发布日期|发文日期|日期)\s*[：:]\s*(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)")]
    private static partial Regex PublishedPattern();

    /// <summary>The source ends where the next item on the line begins (often with no space between).</summary>
    [GeneratedRegex(@"(?:信息来源|来源|发布机构)\s*[：:]\s*([^\s|｜　：:]{2,40}?)(?=[\s|｜　：:【]|发布|时间|日期|作者|浏览|点击|字号|$)")]
    private static partial Regex SourcePattern();

    /// <summary>Separators between an article title and the site name in &lt;title&gt;.</summary>
    private static readonly string[] TitleSeparators = ["_", "｜", "|", " - ", "—", "--"];

    public ExtractedDocument Extract(Stream content, string fileName, ExtractionLimits limits)
    {
        var bytes = TextDecoding.ReadAll(content, limits.MaxFileBytes);
        var html = HtmlDecoding.Decode(bytes);
        var depth = HtmlNesting.Depth(html);
        if (depth > HtmlNesting.MaxDepth)
            throw new ExtractionException(FailureReason.TooLarge, $"{fileName}：网页标签嵌套 {depth} 层，超过上限 {HtmlNesting.MaxDepth} 层（无法在有限时间内解析）");
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false });
        using var doc = parser.ParseDocument(html);

        var block = HtmlContentLocator.Locate(doc);
        var text = HtmlText.Render(block);
        var catalog = HtmlCatalogReader.Read(doc);
        var given = catalog with { Title = catalog.Title ?? FindTitle(doc, block) };
        given = AddNearTitleFacts(given, doc, block);
        return new ExtractedDocument(text, given);
    }

    /// <summary>
    /// Without a catalog block, pages print "发布时间：… 信息来源：…" under the title. The CMS meta
    /// tags (PubDate, ContentSource) are not used: they hold crawl-time dates and "本网".
    /// </summary>
    private static ProvidedMetadata AddNearTitleFacts(ProvidedMetadata given, IDocument doc, IElement block)
    {
        if (given.PublishedDate is not null && given.Organ is not null) return given;
        var header = HeaderText(doc, block);
        var published = given.PublishedDate
            ?? (PublishedPattern().Match(header) is { Success: true } p ? p.Groups[1].Value : null);
        var organ = given.Organ
            ?? (SourcePattern().Match(header) is { Success: true } s ? HtmlCatalogReader.CutNoise(s.Groups[1].Value) : null);
        // "本网"/"本站" name the site itself, not an organ; a given value would override a real one from the text.
        if (organ is "" or "本网" or "本站" or "网站") organ = null;
        return given with { PublishedDate = published, Organ = organ };
    }

    /// <summary>Text of the page before the article (title area), else the start of the article.</summary>
    private static string HeaderText(IDocument doc, IElement block)
    {
        var body = doc.Body is null ? "" : HtmlText.Render(doc.Body);
        var article = HtmlText.Render(block);
        var probe = article.Length > 30 ? article[..30] : article;
        var at = probe.Length > 0 ? body.IndexOf(probe, StringComparison.Ordinal) : -1;
        var header = at > 0 ? body[Math.Max(0, at - 600)..at] : "";
        return header + "\n" + (article.Length > 300 ? article[..300] : article);
    }

    private static string? FindTitle(IDocument doc, IElement block)
    {
        var pageTitle = Clean(doc.Title);
        var metaTitle = Meta(doc, "ArticleTitle");
        if (metaTitle is not null) return metaTitle;

        // A heading whose text starts the <title> is the article title without the site suffix.
        var headings = block.QuerySelectorAll("h1, h2, h3").Concat(doc.QuerySelectorAll("h1, h2, h3, .title, [class*=title]"));
        foreach (var h in headings)
        {
            var t = Clean(h.TextContent);
            if (t is { Length: >= 4 } && pageTitle is not null && pageTitle.StartsWith(t, StringComparison.Ordinal)) return t;
        }
        if (pageTitle is null) return null;
        foreach (var sep in TitleSeparators)
        {
            var i = pageTitle.IndexOf(sep, StringComparison.Ordinal);
            if (i > 0) return pageTitle[..i].Trim();
        }
        return pageTitle;
    }

    private static string? Meta(IDocument doc, string name)
    {
        foreach (var m in doc.QuerySelectorAll("meta[name]"))
            if (string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
                return Clean(m.GetAttribute("content"));
        return null;
    }

    private static string? Clean(string? s)
    {
        if (s is null) return null;
        var t = string.Join(" ", s.Split([' ', '\n', '\r', '\t', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
            .Trim('\u200B', '\uFEFF', ' ');
        return t.Length == 0 ? null : t;
    }
}

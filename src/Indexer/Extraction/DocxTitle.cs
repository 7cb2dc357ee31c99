namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Decides whether a .docx core-properties title is a real document title. Office fills it with
/// template leftovers ("Microsoft Word - 模板.doc", "标题", a previous document's title), so only a
/// title that reads as Chinese and also appears near the start of the body is trusted.
/// </summary>
internal static class DocxTitle
{
    private static readonly string[] Generic =
        ["microsoft", "word", "wps", "untitled", "无标题", "文档", "document", "normal", "模板", "template", "标题"];

    public static bool IsMeaningful(string? title, string body)
    {
        if (string.IsNullOrWhiteSpace(title)) return false;
        var t = Squash(title);
        if (t.Length < 6) return false;
        if (t.Count(c => c is >= '\u4E00' and <= '\u9FFF') < 4) return false;
        var lower = t.ToLowerInvariant();
        if (Generic.Any(g => lower == g || lower.StartsWith(g, StringComparison.Ordinal))) return false;
        if (lower.EndsWith(".doc", StringComparison.Ordinal) || lower.EndsWith(".docx", StringComparison.Ordinal)) return false;
        // Titles wrap over two lines in the body; compare without whitespace.
        var head = Squash(body.Length > 3000 ? body[..3000] : body);
        return head.Contains(t, StringComparison.Ordinal);
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}

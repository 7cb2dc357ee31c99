namespace Gongkai.Indexer.Extraction;

/// <summary>Character classes the PDF clean-up and the garble check share.</summary>
internal static class CjkText
{
    /// <summary>Han ideographs (basic, extension A, compatibility) — not punctuation.</summary>
    public static bool IsIdeograph(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>CJK punctuation and full-width forms: 。，、；：“”《》〔〕（）etc.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or '\u2018' or '\u2019' or '\u201C' or '\u201D'
            or '\u2014' or '\u2026' or '\u00B7';

    public static bool IsCjk(char c) => IsIdeograph(c) || IsCjkPunctuation(c);

    /// <summary>
    /// Whether a line ends a sentence or clause. Closing quotes and brackets count only after
    /// sentence punctuation (。” ends, （国令第711号） does not).
    /// </summary>
    public static bool EndsSentence(string line)
    {
        var s = line.TrimEnd('”', '」', '）', ')', '’', '》');
        if (s.Length == 0) return false;
        return s[^1] is '。' or '！' or '？' or '；' or '：' or '.' or '!' or '?' or ';' or ':';
    }
}

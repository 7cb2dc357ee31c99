using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Schema;

/// <summary>
/// Matching keys for 索引号. Real catalogs print them in many shapes (11370303004362052D/2017-00015,
/// 42820293-0/2023-98682, FZ00101-1300-2016-00063) and people retype them with '-' or a space for
/// '/', full-width characters, or only the part after '/'. So numbers are compared on their letters
/// and digits alone, whole or by the trailing year-serial part.
/// </summary>
public static partial class IndexNumberKey
{
    /// <summary>Upper-case letters and digits only; null when nothing is left or it holds no digit.</summary>
    public static string? Loose(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
        return sb.Length > 0 && sb.ToString().Any(char.IsAsciiDigit) ? sb.ToString() : null;
    }

    /// <summary>Loose key of the trailing "year-serial" part (after '/' or the last dashes), if there is one.</summary>
    public static string? Tail(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = TailPattern().Match(text.Normalize(NormalizationForm.FormKC).Trim());
        return m.Success ? m.Groups[1].Value + m.Groups[2].Value : null;
    }

    /// <summary>Cleans a given 索引号: folded, trimmed, cut at the first whitespace (pages glue other labels after it).</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Normalize(NormalizationForm.FormKC).Trim();
        var cut = s.IndexOfAny([' ', '\t', '\n', '\r']);
        return (cut > 0 ? s[..cut] : s).ToUpperInvariant();
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-—–]\s*(\d{1,6})\s*$")]
    private static partial Regex TailPattern();
}

using System.Globalization;
using System.Text;

namespace Gongkai.Core.Schema;

/// <summary>
/// Normal form of a title for exact comparison: width-folded, without whitespace, punctuation or
/// book-title marks, so that 《关于…的通知》, 关于…的通知 and a line-wrapped title compare equal.
/// </summary>
public static partial class TitleKey
{
    /// <summary>
    /// Keys a document may be cited by: its whole title, and for a covering notice
    /// (关于印发/转发《X》的通知) also X, since other documents cite the policy by X alone.
    /// </summary>
    public static IReadOnlyList<string> CitableKeys(string? title)
    {
        var keys = new List<string>();
        var whole = Of(title);
        if (whole.Length > 0) keys.Add(whole);
        if (title is not null && Covering().Match(title) is { Success: true } m && Of(m.Groups[1].Value) is { Length: >= 4 } inner && inner != whole)
            keys.Add(inner);
        return keys;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"关于(?:印发|转发|发布|公布)(.+?)的(?:通知|决定|函)\s*$")]
    private static partial System.Text.RegularExpressions.Regex Covering();

    public static string Of(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return "";
        var folded = title.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (char.IsWhiteSpace(ch) || IsPunctuation(cat)) continue;
            sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }

    private static bool IsPunctuation(UnicodeCategory c) => c is UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
        or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation;
}

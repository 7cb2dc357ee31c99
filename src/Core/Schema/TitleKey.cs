using System.Globalization;
using System.Text;

namespace Gongkai.Core.Schema;

/// <summary>
/// Normal form of a title for exact comparison: width-folded, without whitespace, punctuation or
/// book-title marks, so that 《关于…的通知》, 关于…的通知 and a line-wrapped title compare equal.
/// </summary>
public static class TitleKey
{
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

using System.Text.RegularExpressions;

namespace Gongkai.Indexer.Catalog;

/// <summary>
/// Reads a date as catalogs give it: 2017-03-05, 2017/3/5, 2017.03.05, 2017年3月5日, with a time
/// or other text after it ("2019-12-04 17:53", "2022-06-15 18:30 浏览次数"). Full-width digits allowed.
/// </summary>
public static partial class GivenDate
{
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Normalize(System.Text.NormalizationForm.FormKC);
        var m = Pattern().Match(s);
        if (!m.Success) return null;
        var (y, mo, d) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        return y is >= 1900 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
            ? new DateOnly(y, mo, d) : null;
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")]
    private static partial Regex Pattern();
}

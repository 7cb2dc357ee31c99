using System.Text.RegularExpressions;
using Gongkai.Core.Numbers;

namespace Gongkai.Indexer.Understanding;

/// <summary>A date found in text, with its position.</summary>
public sealed record DateMatch(DateOnly Date, int Offset, int Length);

/// <summary>
/// Dates as 公文 print them: 2017年3月5日 (spaces allowed, full-width digits) and 二〇一七年三月五日
/// (〇, ○, 零, Ｏ and O all seen for zero; 十/廿 for tens).
/// </summary>
public static partial class ChineseDates
{
    [GeneratedRegex(@"(?<y>[12０-９0-9][0-9０-９]{3})\s*年\s*(?<m>[0-9０-９]{1,2})\s*月\s*(?<d>[0-9０-９]{1,2})\s*日")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"(?<y>[〇○零ＯO一二三四五六七八九]{4})\s*年\s*(?<m>[一二三四五六七八九十]{1,3})\s*月\s*(?<d>[一二三四五六七八九十廿]{1,3})\s*日")]
    private static partial Regex Chinese();

    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        var found = new List<DateMatch>();
        foreach (Match m in Arabic().Matches(text))
            if (TryDate(Digits(m.Groups["y"].Value), Digits(m.Groups["m"].Value), Digits(m.Groups["d"].Value), out var d))
                found.Add(new DateMatch(d, m.Index, m.Length));
        foreach (Match m in Chinese().Matches(text))
            if (TryDate(ChineseYear(m.Groups["y"].Value), ChineseSmall(m.Groups["m"].Value), ChineseSmall(m.Groups["d"].Value), out var d))
                found.Add(new DateMatch(d, m.Index, m.Length));
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    public static bool TryParse(string text, out DateOnly date)
    {
        var all = FindAll(text);
        date = all.Count > 0 ? all[0].Date : default;
        return all.Count > 0;
    }

    private static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y is < 1900 or > 2099 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    private static int Digits(string s)
    {
        var v = 0;
        foreach (var c in s) v = v * 10 + ChineseFolding.DigitValue(c);
        return v;
    }

    private static int ChineseDigit(char c) => "〇○零ＯO".Contains(c) ? 0 : "一二三四五六七八九".IndexOf(c) + 1;

    private static int ChineseYear(string s)
    {
        var v = 0;
        foreach (var c in s) v = v * 10 + ChineseDigit(c);
        return v;
    }

    /// <summary>1–31 written 五, 十, 十五, 二十, 二十五, 三十一, 廿五.</summary>
    private static int ChineseSmall(string s)
    {
        s = s.Replace("廿", "二十");
        var ten = s.IndexOf('十');
        if (ten < 0) return s.Length == 1 ? ChineseDigit(s[0]) : -1;
        var tens = ten == 0 ? 1 : ChineseDigit(s[0]);
        var units = ten == s.Length - 1 ? 0 : ChineseDigit(s[^1]);
        return tens * 10 + units;
    }
}

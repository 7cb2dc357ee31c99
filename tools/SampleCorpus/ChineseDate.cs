using System.Globalization;
using System.Text;

namespace Gongkai.Tools.SampleCorpus;

/// <summary>Writes a date the way a 成文日期 is printed: 二〇一七年三月五日.</summary>
public static class ChineseDate
{
    private const string Digits = "〇一二三四五六七八九";

    public static string Format(string isoDate)
    {
        var date = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var year = new StringBuilder();
        foreach (var c in date.Year.ToString(CultureInfo.InvariantCulture)) year.Append(Digits[c - '0']);
        return $"{year}年{Number(date.Month)}月{Number(date.Day)}日";
    }

    private static string Number(int n) => n switch
    {
        < 10 => Digits[n].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n - 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString()),
    };
}

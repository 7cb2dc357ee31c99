using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Numbers;

/// <summary>
/// 索引号: organisation code (9 chars, or the 18-char 统一社会信用代码) + "/" + year + "-" + 5-digit
/// serial, e.g. 11370303004362052D/2017-00015. Typed forms may use full-width characters, spaces,
/// other dashes and slashes, and drop the zero padding.
/// </summary>
public readonly partial record struct IndexNumber(string OrganCode, int Year, int Serial)
{
    public string Canonical => $"{OrganCode}/{Year}-{Serial:D5}";

    public override string ToString() => Canonical;

    public static bool TryParse(string? typed, out IndexNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(typed)) return false;
        var m = Full().Match(Compact(typed));
        if (!m.Success) return false;
        number = new IndexNumber(m.Groups["c"].Value.ToUpperInvariant(), int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["s"].Value));
        return true;
    }

    /// <summary>Parses the part after "/": 2017-00015, 2017－15.</summary>
    public static bool TryParsePartial(string? typed, out int year, out int serial)
    {
        year = serial = 0;
        if (string.IsNullOrWhiteSpace(typed)) return false;
        var m = Tail().Match(Compact(typed));
        if (!m.Success) return false;
        year = int.Parse(m.Groups["y"].Value);
        serial = int.Parse(m.Groups["s"].Value);
        return true;
    }

    // Code: 9 (organisation code, sometimes printed with a hyphen before the check char: 42820293-0)
    // or 18 alphanumerics. Serial up to 5 digits once padding is dropped, sometimes printed wider.
    [GeneratedRegex(@"^(?<c>[0-9A-Za-z]{8}-?[0-9A-Za-z]|[0-9A-Za-z]{18})/(?<y>(?:19|20)\d\d)-(?<s>\d{1,6})$")]
    private static partial Regex Full();

    [GeneratedRegex(@"^/?(?<y>(?:19|20)\d\d)-(?<s>\d{1,6})$")]
    private static partial Regex Tail();

    private static string Compact(string typed)
    {
        var sb = new StringBuilder(typed.Length);
        foreach (var ch in ChineseFolding.ToHalfWidth(typed))
        {
            if (char.IsWhiteSpace(ch)) continue;
            sb.Append(ch switch
            {
                '—' or '–' or '‐' or '‑' or '‒' or '―' or '−' or '－' or '_' or '一' => '-',
                '\\' or '／' or '∕' => '/',
                _ => ch,
            });
        }
        return sb.ToString();
    }
}

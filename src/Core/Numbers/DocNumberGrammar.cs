using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Numbers;

/// <summary>
/// The grammar of one typed 文号 after compaction (no whitespace, ASCII digits, year brackets folded
/// to 〔〕, simplified characters). Shared by <see cref="DocNumber.TryParse"/> and the scanner.
/// </summary>
internal static partial class DocNumberGrammar
{
    private const string Han = @"\u3400-\u4DBF\u4E00-\u9FFF";

    // Lazy agency so a run-together "甘区政办发201756号" splits at the first digit; the year must
    // look like 19xx/20xx, which keeps 备案 numbers (粤公网安备4406…) out.
    [GeneratedRegex($@"^(?<a>[{Han}]{{1,12}}?)(?:〔(?<y>(?:19|20)\d\d)年?〕第?(?<s>\d{{1,5}})|(?<y>(?:19|20)\d\d)年第?(?<s>\d{{1,5}})|(?<y>(?:19|20)\d\d)第?(?<s>[1-9]\d{{0,3}}))号?$")]
    private static partial Regex Compacted();

    private const string TrimChars = "（(【[［《「“\"'‘）)】]］》」”’，,。.；;：:、 \t\r\n\u3000";

    /// <summary>Agencies never end like this: 备 (ICP/公网安备 registrations), 第 (an article), 令 (a decree).</summary>
    internal static bool IsImplausibleAgency(string agency) =>
        agency.EndsWith('备') || agency.EndsWith("编号", StringComparison.Ordinal) || agency.EndsWith('第');

    /// <summary>Whitespace removed, digits ASCII, year brackets 〔〕, traditional folded, outer brackets trimmed.</summary>
    internal static string Compact(string typed)
    {
        var trimmed = typed.Trim(TrimChars.ToCharArray());
        var sb = new StringBuilder(trimmed.Length);
        foreach (var ch in trimmed)
        {
            if (char.IsWhiteSpace(ch)) continue;
            if (ChineseFolding.IsDigit(ch)) sb.Append((char)('0' + ChineseFolding.DigitValue(ch)));
            else if (ChineseFolding.IsOpenBracket(ch)) sb.Append('〔');
            else if (ChineseFolding.IsCloseBracket(ch)) sb.Append('〕');
            else sb.Append(ChineseFolding.ToSimplified(ch));
        }
        return sb.ToString();
    }

    internal static bool TryParseCompact(string compact, out DocNumber number)
    {
        number = default;
        var m = Compacted().Match(compact);
        if (!m.Success) return false;
        var agency = m.Groups["a"].Value;
        if (IsImplausibleAgency(agency)) return false;
        number = new DocNumber(agency, int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["s"].Value));
        return true;
    }
}

namespace Gongkai.Core.Numbers;

/// <summary>
/// How two 文号 are matched. The canonical text alone is ambiguous across jurisdictions (张政办发 is
/// both 张店区's and 张家口市's), so a key carries the jurisdiction of the issuing organ when known.
/// Matching rule: equal canonical forms match when either scope is unknown, or both scopes are equal.
/// An index stores <see cref="Canonical"/> (for lookups typed without context) and
/// <see cref="ToString"/> (scoped, for de-duplication and citation links inside one catalog).
/// </summary>
/// <param name="Canonical">张政办发〔2017〕15号.</param>
/// <param name="Scope">The leading place or body of the organ, e.g. 张店区, 淄博市, 国务院; null when unknown.</param>
public readonly record struct DocNumberKey(string Canonical, string? Scope)
{
    private static readonly string[] PlaceSuffixes = ["自治区", "自治州", "自治县", "特别行政区", "新区", "省", "市", "区", "县", "旗", "州", "盟"];

    public bool Matches(DocNumberKey other) =>
        Canonical == other.Canonical && (Scope is null || other.Scope is null || Scope == other.Scope);

    public override string ToString() => Scope is null ? Canonical : $"{Scope}|{Canonical}";

    /// <summary>
    /// The jurisdiction part of an organ name: text up to the first place suffix (张店区人民政府办公室 →
    /// 张店区, 山东省淄博市人民政府 → 山东省). Organs without a place (国务院办公厅) scope by their
    /// first body name (国务院) so that 国办发 from 国务院办公厅 and 国务院 agree.
    /// </summary>
    private static int SuffixAt(string s, int i)
    {
        foreach (var suffix in PlaceSuffixes)
            if (string.CompareOrdinal(s, i, suffix, 0, suffix.Length) == 0) return suffix.Length;
        return 0;
    }

    public static string? JurisdictionOf(string? organ)
    {
        if (string.IsNullOrWhiteSpace(organ)) return null;
        var o = ChineseFolding.ToSimplified(organ.Trim());
        // The first place suffix after at least one character (市 alone in 市政府 is not a place),
        // extended over directly following suffixes so 广州市 is not cut at 州 and 福州新区 stays whole.
        for (var i = 1; i < o.Length; i++)
        {
            var len = SuffixAt(o, i);
            if (len == 0) continue;
            var end = i + len;
            while (end < o.Length && SuffixAt(o, end) is var more && more > 0) end += more;
            return o[..end];
        }
        foreach (var body in (string[])["国务院", "全国人民代表大会", "最高人民法院", "最高人民检察院"])
            if (o.StartsWith(body, StringComparison.Ordinal)) return body;
        return o;
    }
}

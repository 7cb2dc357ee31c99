namespace Gongkai.Core.Numbers;

/// <summary>
/// A 文号 (发文字号): 机关代字 + 〔year〕 + serial + 号, GB/T 9704-2012. Parsing accepts the many ways
/// people type and headers print it; <see cref="Canonical"/> is the one form stored and compared.
/// </summary>
public readonly record struct DocNumber(string Agency, int Year, int Serial)
{
    public const int MaxAgencyLength = 12;

    public string Canonical => $"{Agency}〔{Year}〕{Serial}号";

    public override string ToString() => Canonical;

    /// <summary>
    /// Parses a whole string that should be one 文号: any bracket pair or none around the year,
    /// 2017年, full-width digits, whitespace anywhere, an inserted 第, a missing 号, year and serial
    /// run together (甘区政办发201756号) and traditional characters in the agency.
    /// </summary>
    public static bool TryParse(string? typed, out DocNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(typed)) return false;
        var s = DocNumberGrammar.Compact(typed);
        return DocNumberGrammar.TryParseCompact(s, out number);
    }

    /// <summary>Every 文号 in running text, with its position in <paramref name="text"/>.</summary>
    public static IReadOnlyList<DocNumberMatch> FindAll(string text) => DocNumberScanner.FindAll(text);

    /// <summary>
    /// The matching key: the canonical form scoped by the jurisdiction of <paramref name="organ"/>
    /// when it is known (张政办发 exists in 张店区 and in 张家口市). See <see cref="DocNumberKey"/>.
    /// </summary>
    public DocNumberKey Key(string? organ) => new(Canonical, DocNumberKey.JurisdictionOf(organ));
}

using Gongkai.Core.Domain;

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// Kind of document by transparent rules, first that applies:
/// 政策解读 (title says 解读/答记者问/政策问答) → 年度报告 (政府信息公开工作年度报告) → 法律法规 (a law or rule
/// with a 效力级别, see <see cref="LegalRanks"/>, or a path under a law collection) → 规范性文件 (text says so,
/// has a 登记号, or the 代字 contains 规) → 政府文件 (has a 文号 of a government organ) → 其他.
/// </summary>
public static class KindRules
{
    private static readonly string[] LawPathHints = ["LawRefBook", "法律法规", "地方法规", "行政法规", "司法解释", "部门规章"];

    public static string Classify(string? title, string text, string? docNumberAgency, string? organ, string? relativePath)
    {
        var t = title ?? "";
        if (t.Contains("解读") || t.Contains("答记者问") || t.Contains("政策问答")) return DocumentKinds.Interpretation;
        if (t.Contains("年度报告") && (t.Contains("信息公开") || t.Contains("政务公开"))) return DocumentKinds.AnnualReport;
        if (relativePath is not null && LawPathHints.Any(h => relativePath.Contains(h, StringComparison.Ordinal)))
            return DocumentKinds.LawOrRegulation;
        if (LegalRanks.Of(t, text) is not null) return DocumentKinds.LawOrRegulation;
        if (text.Contains("规范性文件") || text.Contains("登记号") || (docNumberAgency?.Contains('规') ?? false))
            return DocumentKinds.Normative;
        if (docNumberAgency is not null && IsGovernment(docNumberAgency, organ)) return DocumentKinds.Government;
        return DocumentKinds.Other;
    }

    // 代字 of governments and their offices carry 政 or 府 (张政发, 沪府发, 国发/国办发 for the State Council).
    private static bool IsGovernment(string agency, string? organ) =>
        agency.Contains('政') || agency.Contains('府') || agency.StartsWith("国发", StringComparison.Ordinal)
        || agency.StartsWith("国办", StringComparison.Ordinal) || agency.StartsWith("国函", StringComparison.Ordinal)
        || (organ?.Contains("人民政府") ?? false) || (organ?.StartsWith("国务院", StringComparison.Ordinal) ?? false);
}

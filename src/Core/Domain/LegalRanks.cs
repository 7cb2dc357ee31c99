using System.Text.RegularExpressions;

namespace Gongkai.Core.Domain;

/// <summary>
/// 效力级别 of a law or rule, read from its title and the 题注 or 令 under it: "（2023年3月16日北京市人民政府第308号令
/// 公布…）" is a 政府规章, "国务院令 第588号" an 行政法规, a text adopted by a 人民代表大会 a 法律 or 地方性法规, 法释〔…〕 a
/// 司法解释. People search by these words (北京市政府规章, 行政法规) though a rule's own text rarely says them, so they
/// are indexed beside the kind (<see cref="Schema.IndexSchema.Labels"/>). Only the head of the text counts: notices cite 令 in their bodies.
/// </summary>
public static partial class LegalRanks
{
    public const string Law = "法律";
    public const string AdministrativeRegulation = "行政法规";
    public const string LocalRegulation = "地方性法规";
    public const string GovernmentRule = "政府规章";
    public const string DepartmentRule = "部门规章";
    public const string JudicialInterpretation = "司法解释";

    private const int HeadChars = 300;

    /// <summary>Each rank with the shorter word people also use for it (规章 for both kinds of rule).</summary>
    public static readonly IReadOnlyDictionary<string, string> ShortForms = new Dictionary<string, string>
    {
        [GovernmentRule] = "规章", [DepartmentRule] = "规章", [AdministrativeRegulation] = "法规", [LocalRegulation] = "法规",
    };

    /// <summary>Every rank.</summary>
    public static readonly IReadOnlyList<string> All = [Law, AdministrativeRegulation, LocalRegulation, GovernmentRule, DepartmentRule, JudicialInterpretation];

    /// <summary>The rank, or null for a document that is not a law or rule (a notice, an opinion, a report).</summary>
    public static string? Of(string? title, string text)
    {
        var t = (title ?? "").Trim();
        if (!RuleTitle().IsMatch(t)) return null;
        var head = text.Length > HeadChars ? text[..HeadChars] : text;
        if (JudicialNumber().IsMatch(head)) return JudicialInterpretation;
        if (GovernmentDecree().IsMatch(head)) return GovernmentRule;
        if (StateCouncilDecree().IsMatch(head)) return AdministrativeRegulation;
        if (head.Contains("人民代表大会") && (head.Contains("通过") || head.Contains("批准")))
            return t.StartsWith("中华人民共和国", StringComparison.Ordinal) ? Law : LocalRegulation;
        if (DepartmentDecree().IsMatch(head)) return DepartmentRule;
        return null;
    }

    // "北京市人民政府第318号令", "北京市人民政府令 第 93 号", "国务院令第588号", "交通运输部令2021年第1号".
    [GeneratedRegex(@"人民政府(?:第\s*\d+\s*号令|令\s*(?:第\s*)?\d+\s*号)")]
    private static partial Regex GovernmentDecree();

    [GeneratedRegex(@"国务院(?:第\s*\d+\s*号令|令\s*(?:第\s*)?\d+\s*号)")]
    private static partial Regex StateCouncilDecree();

    [GeneratedRegex(@"(?:部|委员会|总局|署|银行)(?:第\s*\d+\s*号令|令\s*(?:\d{4}\s*年\s*)?(?:第\s*)?\d+\s*号)")]
    private static partial Regex DepartmentDecree();

    [GeneratedRegex(@"法释\s*[〔\[［(（]\s*\d{4}")]
    private static partial Regex JudicialNumber();

    // What laws and rules are called; a 通知 or 意见 is not one even when it quotes a 令.
    [GeneratedRegex(@"(?:条例|法|规定|办法|细则|规则|决定|解释|规程|准则)(?:（[^）]*）|\([^)]*\))?$")]
    private static partial Regex RuleTitle();
}

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// 文种 from the ending of a title (GB/T 9704 titles end with the 文种: …的通知). Trailing
/// qualifiers in brackets — （试行）, （暂行）, (2025年6月23日起施行) — are ignored.
/// </summary>
public static class GenreRules
{
    // Longest first so 实施意见 wins over 意见 and 复函 over 函.
    public static readonly IReadOnlyList<string> Genres =
    [
        "实施意见", "指导意见", "实施细则", "实施办法", "管理办法", "暂行办法", "暂行规定", "补充通知", "紧急通知",
        "通知", "通报", "意见", "办法", "决定", "规定", "批复", "复函", "公告", "通告", "报告", "请示", "方案",
        "细则", "条例", "规则", "纪要", "决议", "命令", "议案", "公报", "规划", "计划", "要点", "措施", "指引",
        "指南", "解读", "解释", "答复", "章程", "标准", "函", "令", "法",
    ];

    // The 文种 a reader files a document under: the specific forms fold to their base.
    private static readonly Dictionary<string, string> BaseGenre = new()
    {
        ["实施意见"] = "意见", ["指导意见"] = "意见", ["实施细则"] = "细则", ["实施办法"] = "办法", ["管理办法"] = "办法",
        ["暂行办法"] = "办法", ["暂行规定"] = "规定", ["补充通知"] = "通知", ["紧急通知"] = "通知", ["复函"] = "函",
    };

    // Endings that complete a title although they are not 文种 (laws, interpretations, arrangements).
    private static readonly string[] OtherTitleEndings = [
        "典", "安排", "解答", "问答", "规程", "目录", "清单", "名单", "总结", "讲话", "宪法",
        "一览表", "基准表", "明细表", "统计表", "申请表", "登记表", "申报表", "承诺书", "告知书", "申报书", "说明",
    ];

    public static string? GenreOf(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = StripTrailingQualifier(title.Trim());
        foreach (var g in Genres)
            if (t.EndsWith(g, StringComparison.Ordinal))
                return BaseGenre.GetValueOrDefault(g, g);
        return null;
    }

    /// <summary>True when a (possibly partial) title line already ends the way titles end.</summary>
    public static bool LooksComplete(string title)
    {
        var t = title.TrimEnd();
        if (t.EndsWith('》')) return true;
        if (t.EndsWith('）') || t.EndsWith(')'))
        {
            // A qualifier ends a title: （试行）, （2016—2020年）, （征求意见稿）. A bracket that is part of
            // a name — 地下车位（库）, 商圈（商场） — ends it only when the words before it do.
            var open = Math.Max(t.LastIndexOf('（'), t.LastIndexOf('('));
            if (open < 0 || IsQualifier(t[(open + 1)..^1])) return true;
            t = t[..open].TrimEnd();
            if (t.Length == 0 || t.EndsWith('》') || t.EndsWith('）') || t.EndsWith(')')) return true;
        }
        return GenreOf(t) is not null || OtherTitleEndings.Any(e => t.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly string[] QualifierWords =
        ["试行", "暂行", "稿", "修订", "修正", "草案", "年", "版", "号", "第", "次", "期", "届", "摘要", "全文", "节选", "废止", "失效", "有效"];

    /// <summary>Bracket content that qualifies a whole title rather than naming part of it.</summary>
    public static bool IsQualifier(string inBrackets) =>
        inBrackets.Any(char.IsDigit) || QualifierWords.Any(w => inBrackets.Contains(w, StringComparison.Ordinal));

    public static string StripTrailingQualifier(string title)
    {
        var t = title.TrimEnd();
        while (t.Length > 0 && (t[^1] == '）' || t[^1] == ')'))
        {
            var open = Math.Max(t.LastIndexOf('（'), t.LastIndexOf('('));
            if (open <= 0) break;
            t = t[..open].TrimEnd();
        }
        return t;
    }
}

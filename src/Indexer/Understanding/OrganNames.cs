namespace Gongkai.Indexer.Understanding;

/// <summary>What an organ's name looks like: the endings of 机关 names printed as 发文机关标志 and in 落款.</summary>
internal static class OrganNames
{
    private static readonly string[] Endings =
    [
        "人民政府", "政府", "办公室", "办公厅", "委员会", "常务委员会", "人民代表大会", "局", "厅", "部", "院", "中心", "委",
        "署", "会", "行", "办", "处", "所", "站", "队", "公司", "集团", "管委会", "法院", "检察院", "分行", "支行",
    ];

    public static bool LooksLikeOrgan(string s)
    {
        var t = s.Trim();
        if (t.Length is < 2 or > 40) return false;
        if (t.Contains("关于") || t.IndexOfAny(['。', '，', '：', ':', '；', '《']) >= 0) return false;
        return Endings.Any(e => t.EndsWith(e, StringComparison.Ordinal));
    }
}

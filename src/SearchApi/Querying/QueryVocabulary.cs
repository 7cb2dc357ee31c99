namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Query-time vocabulary: synonyms/abbreviations (低保 ⇄ 最低生活保障) and the words of request
/// boilerplate (申请, 公开, 文件 …) that say nothing about what is wanted.
/// </summary>
public sealed class QueryVocabulary
{
    private static readonly HashSet<string> Boilerplate =
    [
        "申请", "公开", "请", "提供", "本人", "我", "想", "要", "需要", "获取", "查询", "查阅", "了解", "希望",
        "关于", "有关", "相关", "的", "文件", "政策", "规定", "信息", "资料", "内容", "具体", "哪些", "什么", "是否",
        "一下", "和", "及", "与", "或", "对", "在", "了", "中", "等", "以及", "一", "份", "该", "这", "那",
    ];

    private readonly Func<string, IReadOnlyList<string>> _synonyms;

    public QueryVocabulary(Func<string, IReadOnlyList<string>>? synonyms = null) => _synonyms = synonyms ?? (_ => []);

    /// <summary>The text itself first, then its equivalents.</summary>
    public IReadOnlyList<string> Equivalents(string text) => [text, .. _synonyms(text).Where(s => s != text)];

    public bool IsContentWord(string word) => word.Length > 0 && !Boilerplate.Contains(word) && !word.All(char.IsPunctuation);
}

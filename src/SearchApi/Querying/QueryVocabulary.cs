using Gongkai.Core.Analysis;

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

    /// <summary>At most this many forms of one typed word (each form costs four phrase clauses).</summary>
    private const int MaxForms = 6;

    private readonly SynonymTable? _synonyms;

    /// <param name="synonyms">Null: no synonyms.</param>
    public QueryVocabulary(SynonymTable? synonyms = null) => _synonyms = synonyms;

    /// <summary>
    /// The text itself first, then its equivalents: the synonyms of the whole text, then the text with
    /// a synonym term inside it replaced (低保标准 → 最低生活保障标准, 多孩家庭 → 多子女家庭) — people
    /// type compounds, and the table lists the short terms. Inner terms count only on SmartCn word
    /// boundaries (see <see cref="SynonymTable.FindIn"/>).
    /// </summary>
    public IReadOnlyList<string> Equivalents(string text)
    {
        if (_synonyms is null) return [text];
        var forms = new List<string> { text };
        forms.AddRange(_synonyms.Expand(text).Where(s => s != text));
        foreach (var (start, length, alternatives) in _synonyms.FindIn(text))
        {
            if (length == text.Length) continue;
            foreach (var alternative in alternatives)
                if (forms.Count < MaxForms) forms.Add(string.Concat(text.AsSpan(0, start), alternative, text.AsSpan(start + length)));
        }
        return forms.Distinct().ToList();
    }

    public bool IsContentWord(string word) => word.Length > 0 && !Boilerplate.Contains(word) && !word.All(char.IsPunctuation);
}

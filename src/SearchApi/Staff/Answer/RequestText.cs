using System.Text.RegularExpressions;

namespace Gongkai.SearchApi.Staff.Answer;

/// <summary>
/// Strips what every request says — who asks (本人系…居民), the request verb (申请公开, 请提供) at the
/// start, the wrapping (的文件, 全文, 原文) at the end — and keeps what it asks for, so that neither the
/// search nor the answerability score is driven by request wording. Only the edges are cut: 信息公开
/// inside "政府信息公开工作年度报告" is content.
/// </summary>
public static partial class RequestText
{
    /// <summary>Words that point at the requester's own jurisdiction without naming it; they identify nothing.</summary>
    public static readonly IReadOnlySet<string> Deictic = new HashSet<string> { "本市", "本区", "本县", "本省", "本镇", "本街道", "本单位", "我市", "我区", "我县", "本人" };

    /// <summary>Interrogatives and request modality (如何, 哪些, 是否, 现行 …): how people ask, not what they ask for.</summary>
    private static readonly HashSet<string> Asking =
    [
        "如何", "怎么", "怎样", "哪些", "哪个", "什么", "可以", "能否", "只需", "需要", "是否", "现行", "正式", "具体",
        "所作", "那份", "这份", "其中", "内容", "涉及", "包括", "以及", "及其", "有关", "相关", "要求", "规定", "办理",
    ];

    public static bool IsRequestWord(string word) => Deictic.Contains(word) || Asking.Contains(word);

    public static string Clean(string request)
    {
        var s = request.Trim();
        string before;
        do
        {
            before = s;
            s = Prefix().Replace(s, "").Trim();
            s = Suffix().Replace(s, "").Trim();
        } while (s != before && s.Length > 0);
        return s.Length == 0 ? request.Trim() : s;
    }

    [GeneratedRegex(@"^(本人|我|申请人)(系[^，,。]{1,20}[，,])?|^(特此|现|依法|想|希望|需要|了解|查询)|^(申请|请求|要求|请)(依法)?(公开|提供|获取|查阅|给予公开)?|^(公开|提供|获取)|^[，,：:]")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"(的|之)?(相关|有关)?(政策)?(文件|全文|原文|文本|材料|资料)(全文|原文|文本)?$|[。．.！!；;，,]$|谢谢$")]
    private static partial Regex Suffix();
}

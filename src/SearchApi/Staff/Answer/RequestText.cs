using System.Text.RegularExpressions;

namespace Gongkai.SearchApi.Staff.Answer;

/// <summary>
/// Strips what every request says (申请公开, 请提供, 本人系…居民, 的文件, 全文) and keeps what it
/// asks for, so that neither the search nor the answerability score is driven by request wording.
/// </summary>
public static partial class RequestText
{
    public static string Clean(string request)
    {
        var s = Applicant().Replace(request, "");
        s = Verbs().Replace(s, " ");
        s = Wrapping().Replace(s, " ");
        s = Spaces().Replace(s, " ").Trim(' ', '，', '。', '、', '；', ',', '.');
        return s.Length == 0 ? request.Trim() : s;
    }

    [GeneratedRegex(@"本人(系[^，,。]{1,20}?[，,])?|我(单位|公司)?")]
    private static partial Regex Applicant();

    [GeneratedRegex(@"(特此)?(依法)?(申请|请求|要求|请|希望|想)(依法)?(公开|提供|获取|查阅|了解|给予)?|(请)?(予以)?(公开|提供)")]
    private static partial Regex Verbs();

    [GeneratedRegex(@"(的|之)?(相关|有关)?(政策|规范性)?(文件|全文|原文|文本|材料|资料|信息)(全文|原文)?(及其?|和)?|谢谢|[。！!]")]
    private static partial Regex Wrapping();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

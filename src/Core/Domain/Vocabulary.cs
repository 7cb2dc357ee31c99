namespace Gongkai.Core.Domain;

/// <summary>Kinds of document in a district catalog. Values are the Chinese terms users see.</summary>
public static class DocumentKinds
{
    public const string Normative = "规范性文件";
    public const string Government = "政府文件";
    public const string Interpretation = "政策解读";
    public const string AnnualReport = "年度报告";
    public const string LawOrRegulation = "法律法规";
    public const string Other = "其他";

    public static readonly IReadOnlyList<string> All = [Normative, Government, Interpretation, AnnualReport, LawOrRegulation, Other];
}

/// <summary>有效性.</summary>
public static class Validities
{
    public const string Valid = "有效";
    public const string Expired = "失效";
    public const string Repealed = "废止";
    public const string Amended = "已修改";

    public static readonly IReadOnlyList<string> All = [Valid, Expired, Repealed, Amended];
}

/// <summary>公开方式. Only <see cref="Proactive"/> documents reach the public.</summary>
public static class Opennesses
{
    public const string Proactive = "主动公开";
    public const string OnRequest = "依申请公开";
    public const string NotDisclosed = "不予公开";

    public static readonly IReadOnlyList<string> All = [Proactive, OnRequest, NotDisclosed];
}

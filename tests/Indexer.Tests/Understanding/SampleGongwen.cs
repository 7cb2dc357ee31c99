namespace Gongkai.Indexer.Tests.Understanding;

/// <summary>Realistic 公文 texts written for these tests (示例: invented, not real documents).</summary>
internal static class SampleGongwen
{
    /// <summary>示例: a district government office notice in GB/T 9704 layout, 文号 split over lines as in the seed.</summary>
    public const string DistrictNotice = """
        张店区人民政府办公室文件

        （张政办发〔2017〕

        15号）

        张店区人民政府办公室
        关于印发张店区村居审计办法的
        通知

        各镇人民政府、街道办事处，区政府各部门：
        　　根据《中华人民共和国审计法》和《山东省审计条例》（以下简称《条例》）以及国办发〔2017〕24号文件精神，现将《张店区村居审计办法》印发给你们，请认真贯彻执行。按照《条例》规定，参照淄政办发〔2016〕8号执行。

        附件：1．张店区村居审计办法
        2．村居审计工作流程图

        张店区人民政府办公室
        二〇一七年三月五日

        （此件公开发布）
        """;

    /// <summary>示例: line breaks lost, as in scraped State Council texts.</summary>
    public const string RunTogetherReply =
        "国务院关于同意设立示例经济开发区的批复国函〔2016〕178号示例省人民政府：你省《关于设立示例经济开发区的请示》（示政发〔2016〕12号）收悉。现批复如下：一、同意设立示例经济开发区。国务院2016年9月1日";

    /// <summary>示例: a 政策解读 published with its policy.</summary>
    public const string Interpretation = """
        关于《张店区村居审计办法》的政策解读

        一、制定背景
        为规范村居审计工作，区政府办公室印发了《张店区村居审计办法》（张政办发〔2017〕15号）。
        二、主要内容
        《办法》共五章二十条，明确了审计范围和程序。
        """;

    /// <summary>示例: a document kept from the public.</summary>
    public const string OnRequestNotice = """
        张店区人民政府文件
        张政字〔2015〕57号
        张店区人民政府关于调整区政府领导工作分工的通知
        各镇人民政府、街道办事处：
        　　经区政府研究，对区政府领导工作分工作如下调整。
        张店区人民政府
        2015年6月8日
        （此件依申请公开）
        """;

    /// <summary>示例: a local regulation laid out like the law collections (title, adoption line, chapters).</summary>
    public const string Regulation = """
        示例市养老服务条例

        2019年11月29日 示例市第十五届人民代表大会常务委员会第十六次会议通过



        第一章 总则

        第一条 为了规范养老服务，制定本条例。
        """;
}

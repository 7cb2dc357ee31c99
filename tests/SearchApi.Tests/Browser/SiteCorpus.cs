
namespace Gongkai.SearchApi.Tests.Browser;

/// <summary>The small corpus the browser tests read: a policy and its 解读, a document citing the policy,
/// one with markup in its text, a repealed sample, an older document of another organ, and a 不予公开 one.</summary>
public static class SiteCorpus
{
    public const string PolicyTitle = "张店区村居审计办法";
    public const string PolicyNumber = "张政办发〔2017〕15号";
    public const string InterpretationTitle = "《张店区村居审计办法》政策解读";
    public const string ScriptTitle = "关于网页信息安全管理的通知";
    public const string ScriptText = "<script>alert(1)</script>";
    public const string HiddenTitle = "关于内部人事安排的通知";
    public const string RepealedTitle = "张店区住房公积金缴存管理暂行办法";
    public const string OldTitle = "关于做好防汛工作的通知";

    public const string PolicyBody =
        "为加强村居集体资金、资产、资源的监督管理，规范村居财务审计工作，制定本办法。" +
        "区审计部门负责全区村居审计工作的组织实施，每三年对村居财务收支进行一次全面审计。" +
        "村居审计结果应当在村务公开栏公示，接受群众监督，公示时间不少于十五日。" +
        "对审计发现的违纪违规问题，移送纪检监察机关依法依规处理。";

    public static void Write(TestService svc)
    {
        svc.AddFile("policy.txt", Fixtures.Gongwen(PolicyNumber, PolicyTitle, PolicyBody, organ: "张店区人民政府办公室", date: "2017年3月5日"));
        svc.AddFile("interpretation.txt",
            $"{InterpretationTitle}\n\n一、制定背景\n为规范村居财务审计，区政府办公室印发了《{PolicyTitle}》（{PolicyNumber}），现解读如下。\n" +
            "二、主要内容\n明确每三年对村居财务收支进行一次全面审计，审计结果公示不少于十五日。\n\n张店区审计局\n2017年3月10日\n");
        svc.AddFile("citing.txt", Fixtures.Gongwen("张政办字〔2017〕30号", "关于开展2017年村居审计工作的通知",
            $"根据《{PolicyTitle}》（{PolicyNumber}）要求，现就开展2017年村居审计工作通知如下。各镇、街道要按时报送村居财务资料。",
            organ: "张店区人民政府办公室", date: "2017年6月1日"));
        svc.AddFile("script.txt", Fixtures.Gongwen("张政办字〔2017〕41号", ScriptTitle,
            $"各单位发布网页时不得嵌入未经审核的脚本代码，例如 {ScriptText} 这类内容必须删除。", organ: "张店区人民政府办公室", date: "2017年8月1日"));
        svc.AddFile("repealed.txt", Fixtures.Gongwen("张政发〔2017〕9号", RepealedTitle,
            "为规范住房公积金缴存管理，保障职工合法权益，制定本办法。单位和职工应当按时足额缴存住房公积金。", date: "2017年2月1日"));
        svc.AddFile("repealed.meta.json", """{"validity": "废止", "repealedDate": "2020-01-01", "isSample": true}""");
        svc.AddFile("old.txt", Fixtures.Gongwen("张政发〔2015〕20号", OldTitle,
            "汛期将至，各镇、街道要落实防汛责任，做好物资储备和人员安排。", date: "2015年5月20日"));
        svc.AddFile("hidden.txt", Fixtures.Gongwen("张政办字〔2017〕50号", HiddenTitle,
            "内部人事安排事项，仅限内部掌握。", organ: "张店区人民政府办公室", date: "2017年9月1日", openness: "此件不予公开"));
    }
}


namespace Gongkai.SearchApi.Tests.Staff.Check;

/// <summary>
/// A tiny catalog for the staff tools: four 公文 of one district sharing its header, 主送 line and
/// closing (boilerplate in every document), one of them 依申请公开. Each test starts its own service over it.
/// </summary>
public static class StaffCorpus
{
    public const string WasteTitle = "关于加强城市生活垃圾分类管理工作的通知";
    public const string WasteNumber = "张政办发〔2017〕15号";
    public const string WasteSource = "gov/waste.txt";
    public const string AuditSource = "gov/audit.txt";

    public static readonly string[] WasteParagraphs =
    [
        "一、明确分类标准。全区居民小区统一按照可回收物、有害垃圾、厨余垃圾和其他垃圾四类进行投放，每个小区设置不少于3处集中投放点。",
        "二、落实收运责任。区城市管理局负责组建专业收运队伍，厨余垃圾实行日产日清，有害垃圾由具备资质的单位每月清运一次。",
        "三、加强督促检查。各镇街道每季度开展一次垃圾分类检查评比，检查结果纳入年度综合考核，对连续两次排名末位的单位进行约谈。",
        "四、广泛宣传发动。利用社区宣传栏、微信公众号和志愿者入户等方式普及分类知识，力争到2018年底居民知晓率达到90%以上。",
    ];

    public static string WasteBody => string.Join("\n", WasteParagraphs);

    public static TestService Start()
    {
        var service = new TestService();
        service.AddFile(WasteSource, Fixtures.Gongwen(WasteNumber, WasteTitle, WasteBody));
        service.AddFile("gov/insurance.txt", Fixtures.Gongwen("张政发〔2016〕8号", "关于做好2016年度城乡居民基本医疗保险工作的通知",
            "一、参保范围。凡具有本区户籍且未参加职工医保的城乡居民均应参加居民医保，在校学生以学校为单位统一办理。\n" +
            "二、缴费标准。2016年度个人缴费标准为每人每年150元，财政补助标准提高到每人每年420元，低保对象个人缴费部分由财政全额资助。\n" +
            "三、待遇保障。参保居民在一级医院住院报销比例为85%，门诊慢性病实行定额管理，年度最高支付限额提高到20万元。"));
        service.AddFile(AuditSource, Fixtures.Gongwen("张政办字〔2015〕57号", "关于印发张店区村居审计办法的通知",
            "第一条 为规范村居集体资金、资产、资源管理，加强对村居干部的监督，结合本区实际制定本办法。\n" +
            "第二条 区审计局每三年对各村居财务收支情况至少审计一次，村居主要负责人离任时实行离任经济责任审计。\n" +
            "第三条 审计发现的问题由镇街道督促限期整改，整改情况在村务公开栏公示不少于十五日。",
            openness: "此件依申请公开"));
        service.AddFile("gov/roads.txt", Fixtures.Gongwen("张政办发〔2017〕22号", "关于开展农村公路养护专项行动的通知",
            "一、全面排查病害。各镇组织对辖区内县乡村道路开展拉网式排查，建立坑槽、沉陷和边沟堵塞问题台账。\n" +
            "二、实施分级养护。县道由区交通运输局负责，乡道村道由镇街道负责，养护经费按每公里每年8000元标准列入预算。\n" +
            "三、建立长效机制。推行路长制，每条农村公路明确一名路长，每月巡查不少于两次。"));
        return service;
    }
}

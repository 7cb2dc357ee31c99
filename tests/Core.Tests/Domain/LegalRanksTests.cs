using Xunit;
using Gongkai.Core.Domain;

namespace Gongkai.Core.Tests.Domain;

public class LegalRanksTests
{
    [Theory]
    [InlineData("示例市地名管理办法", "示例市地名管理办法\n（2023年12月15日示例市人民政府第312号令公布　自2024年2月1日起施行）\n第一条", LegalRanks.GovernmentRule)]
    [InlineData("示例市科学技术奖励办法", "（2002 年 4 月 11 日示例市人民政府第 93 号令公布）", LegalRanks.GovernmentRule)]
    [InlineData("示例省土地管理实施办法", "示例省人民政府令\n第 5 号\n现公布《示例省土地管理实施办法》", LegalRanks.GovernmentRule)]
    [InlineData("电力供应与使用条例", "（1996年4月17日中华人民共和国国务院令第196号发布）", LegalRanks.AdministrativeRegulation)]
    [InlineData("示例市养老服务条例", "（2020年5月28日示例市第十五届人民代表大会常务委员会第二十次会议通过）", LegalRanks.LocalRegulation)]
    [InlineData("中华人民共和国示例法", "（2018年3月11日第十三届全国人民代表大会第一次会议通过）", LegalRanks.Law)]
    [InlineData("示例管理规定", "（2021年1月4日交通运输部令2021年第1号公布）", LegalRanks.DepartmentRule)]
    [InlineData("示例管理规定", "（2021年1月4日交通运输部令第1号公布）", LegalRanks.DepartmentRule)]
    [InlineData("最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定", "法释〔2024〕1号\n（2023年11月13日最高人民法院审判委员会第1901次会议通过）", LegalRanks.JudicialInterpretation)]
    public void The_note_under_the_title_gives_the_rank(string title, string text, string? rank) =>
        Assert.Equal(rank, LegalRanks.Of(title, text));

    [Fact]
    public void A_notice_quoting_a_decree_is_not_a_rule() =>
        Assert.Null(LegalRanks.Of("示例市人民政府关于贯彻实施《示例条例》的通知", "根据《示例条例》（国务院令第588号），现就有关事项通知如下。"));

    [Fact]
    public void A_decree_deep_in_the_text_does_not_count()
    {
        var text = "示例市物业管理办法\n第一条 为了规范物业管理。" + new string('。', 400) + "示例市人民政府第12号令同时废止。";
        Assert.Null(LegalRanks.Of("示例市物业管理办法", text));
    }
}

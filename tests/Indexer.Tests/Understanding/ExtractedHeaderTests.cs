using Gongkai.Indexer.Understanding;
using Xunit;

namespace Gongkai.Indexer.Tests.Understanding;

/// <summary>Headers as PDF and Word extraction really delivers them: glued 文号, spaced digits, codes and labels before the title.</summary>
public class ExtractedHeaderTests
{
    private static readonly GongwenReader Reader = new();

    private static GongwenFacts Read(string text) => Reader.Read(text, UnderstandingHints.None);

    [Fact]
    public void Own_number_glued_to_the_end_of_the_title_is_read_and_cut_from_the_title()
    {
        var facts = Read("重庆市人民政府办公厅关于\n印发《重庆市提振消费若干措施》的通知渝府办发〔2025〕42 号\n"
                         + "各区县（自治县）人民政府，市政府各部门，有关单位：\n《重庆市提振消费若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
                         + "重庆市人民政府办公厅\n2025 年 7 月 15 日");

        Assert.Equal("渝府办发〔2025〕42号", facts.DocNumber);
        Assert.Equal("重庆市人民政府办公厅关于印发《重庆市提振消费若干措施》的通知", facts.Title);
        Assert.Equal(["各区县（自治县）人民政府", "市政府各部门", "有关单位"], facts.Recipients);
        Assert.Equal(new DateOnly(2025, 7, 15), facts.WrittenDate);
    }

    [Fact]
    public void Own_number_in_brackets_after_a_one_line_title_is_cut_from_the_title()
    {
        var facts = Read("福州市人民政府办公厅关于进一步促进房地产市场平稳健康发展的补充通知（榕政办〔2016〕186号）\n各县（市）区人民政府：\n现将有关事项通知如下。");

        Assert.Equal("榕政办〔2016〕186号", facts.DocNumber);
        Assert.Equal("福州市人民政府办公厅关于进一步促进房地产市场平稳健康发展的补充通知", facts.Title);
    }

    [Fact]
    public void Number_cited_inside_the_title_is_not_the_own_number()
    {
        var facts = Read("关于转发国办发〔2016〕10号文件的通知\n各区人民政府：\n现将国办发〔2016〕10号文件转发给你们，请遵照执行。");

        Assert.Null(facts.DocNumber);
        Assert.Equal("关于转发国办发〔2016〕10号文件的通知", facts.Title);
        Assert.Contains("国办发〔2016〕10号", facts.CitedDocNumbers);
    }

    [Theory]
    [InlineData("洪泽区人民政府\n2023 年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室编制。", "洪泽区人民政府2023年政府信息公开工作年度报告")]
    [InlineData("淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n本报告由区政府办公室编制。", "淮安市洪泽区人民政府2024年政府信息公开工作年度报告")]
    public void Organ_line_followed_by_a_year_led_title_is_one_title_without_digit_spacing(string text, string title) =>
        Assert.Equal(title, Read(text).Title);

    [Fact]
    public void Organ_line_above_a_signature_date_is_not_joined_to_it()
    {
        var facts = Read("北京市人民政府\n2023 年 3 月 16 日\n北京市铁路沿线安全管理规定\n第一条为了加强铁路沿线安全管理，制定本规定。");

        Assert.DoesNotContain("2023", facts.Title);
    }

    [Fact]
    public void Organ_line_followed_by_a_title_naming_its_own_organ_is_not_joined()
    {
        var facts = Read("国务院办公厅\n国务院办公厅关于做好政务公开工作的通知\n各省、自治区、直辖市人民政府：\n现通知如下。");

        Assert.Equal("国务院办公厅关于做好政务公开工作的通知", facts.Title);
    }

    [Fact]
    public void Codes_without_chinese_before_the_masthead_are_not_the_title()
    {
        var facts = Read("CSCR-2022\n-\n87001\n长沙住房公积金管理委员会文件\n长金管委〔2022〕3号\n关于优化住房公积金业务政策和流程的通知\n各有关单位：\n现就优化住房公积金业务政策和流程通知如下。");

        Assert.Equal("关于优化住房公积金业务政策和流程的通知", facts.Title);
        Assert.Equal("长金管委〔2022〕3号", facts.DocNumber);
        Assert.Equal("长沙住房公积金管理委员会", facts.Organ);
    }

    [Theory]
    [InlineData("附件\n北京市互联网租赁自行车运营服务\n监督管理办法（试行）\n第一章总则", "北京市互联网租赁自行车运营服务监督管理办法（试行）")]
    [InlineData("附件 1“好年华聚福州”长乐区人才购房补贴的实施细则（试行）\n第一条为吸引人才，制定本细则。", "“好年华聚福州”长乐区人才购房补贴的实施细则（试行）")]
    [InlineData("附件2\n项目申报单位承诺书\n本单位承诺所填内容真实有效。", "项目申报单位承诺书")]
    public void Attachment_label_printed_before_an_attachment_title_is_not_part_of_it(string text, string title) =>
        Assert.Equal(title, Read(text).Title);

    [Fact]
    public void Numbered_question_after_a_title_starts_the_body()
    {
        var facts = Read("《上海市高中阶段学校招生录取改革实施办法》问答\n1.《实施办法》出台的背景和改革目标是什么？\n2018 年 3 月，本市出台了实施意见。");

        Assert.Equal("《上海市高中阶段学校招生录取改革实施办法》问答", facts.Title);
    }

    [Fact]
    public void Table_title_ending_in_a_form_name_is_not_joined_to_the_table_caption()
    {
        var facts = Read("附件\n北京市发展改革部门行政处罚裁量基准表\n企业投资项目核准和备案领域违法行为裁量\n编码违法行为");

        Assert.Equal("北京市发展改革部门行政处罚裁量基准表", facts.Title);
    }

    [Theory]
    [InlineData("附件\n南昌市城区房地产开发项目地下车位（库）\n销售备案和不动产登记管理规定\n第一条为做好销售管理工作，制定本规定。", "南昌市城区房地产开发项目地下车位（库）销售备案和不动产登记管理规定")]
    [InlineData("附件5\n文商旅体展融合发展商圈（商场）\n项目申报书\n申报商圈名称：", "文商旅体展融合发展商圈（商场）项目申报书")]
    [InlineData("北京市互联网租赁自行车管理办法（试行）\n第一章总则", "北京市互联网租赁自行车管理办法（试行）")]
    [InlineData("北京市公园名录（2025年度）\n序号名称", "北京市公园名录（2025年度）")]
    public void Bracket_inside_a_name_does_not_end_the_title_but_a_qualifier_does(string text, string title) =>
        Assert.Equal(title, Read(text).Title);

    [Fact]
    public void Quoted_document_name_followed_by_a_short_genre_line_is_one_title()
    {
        var facts = Read("《北京市商品房预售资金监督管理办法》\n起草说明\n一、起草背景\n2010年，本市印发了暂行办法。");

        Assert.Equal("《北京市商品房预售资金监督管理办法》起草说明", facts.Title);
    }

    [Theory]
    [InlineData("巴住公管委〔2022〕7号巴中市住房公积金管理委员会\n关于调整住房公积金使用政策的批复\n市住房公积金管理中心：",
        "巴住公管委〔2022〕7号", "巴中市住房公积金管理委员会关于调整住房公积金使用政策的批复")]
    [InlineData("泰安市住房公积金管理委员会文件泰公积金委字〔2022〕2号★\n关于调整部分个人住房公积金贷款政策的通知\n各住房公积金缴存单位：",
        "泰公积金委字〔2022〕2号", "关于调整部分个人住房公积金贷款政策的通知")]
    [InlineData("来公积金〔2024〕5号 来宾市住房公积金管理中心关于住房公积金促进房地产市场平稳健康发展有关工作的通知\n各住房公积金缴存单位：",
        "来公积金〔2024〕5号", "来宾市住房公积金管理中心关于住房公积金促进房地产市场平稳健康发展有关工作的通知")]
    public void Number_leading_a_header_line_is_the_own_number_and_the_rest_starts_the_title(string text, string number, string title)
    {
        var facts = Read(text);

        Assert.Equal(number, facts.DocNumber);
        Assert.Equal(title, facts.Title);
    }

    [Fact]
    public void Number_leading_a_body_sentence_is_a_citation() =>
        Assert.Null(Read("国办发〔2016〕10号文件精神，结合我市实际，现就有关事项通知如下。\n一、总体要求").DocNumber);

    [Fact]
    public void Title_note_of_a_regulation_gives_its_date_and_decree_organ_not_the_commencement_date()
    {
        var facts = Read("北京市铁路沿线安全管理规定\n（2023 年 3 月 16 日北京市人民政府第 308 号令公布自2023 年 4 月 15 日起施行）\n"
                         + "第一条为了加强铁路沿线安全管理，制定本规定。\n第二十九条本规定自 2023 年 4 月 15 日起施行。");

        Assert.Equal(new DateOnly(2023, 3, 16), facts.WrittenDate);
        Assert.Equal("北京市人民政府", facts.Organ);
    }

    [Fact]
    public void Title_note_of_an_amended_regulation_gives_the_last_amendment_date()
    {
        var facts = Read("北京市科学技术奖励办法\n（2002 年 4 月 11 日北京市人民政府第 93 号令公布根据2007 年 3 月 7 日北京市人民政府第 187 号令第一次修改"
                         + "根据2014 年 7 月 9 日北京市人民政府第 259 号令第二次修改）\n第一章总则\n第一条为了奖励科学技术工作者，制定本办法。");

        Assert.Equal(new DateOnly(2014, 7, 9), facts.WrittenDate);
    }
}

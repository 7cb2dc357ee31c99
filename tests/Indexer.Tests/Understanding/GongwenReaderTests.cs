using Gongkai.Core.Domain;
using Gongkai.Indexer.Understanding;
using Xunit;

namespace Gongkai.Indexer.Tests.Understanding;

public class GongwenReaderTests
{
    private static readonly GongwenReader Reader = new();

    private static GongwenFacts Read(string text, string? path = null, OrganDirectory? organs = null) =>
        Reader.Read(text, new UnderstandingHints(path, organs));

    [Fact]
    public void OwnNumberSplitOverLinesInTheHeaderIsRead() =>
        Assert.Equal("张政办发〔2017〕15号", Read(SampleGongwen.DistrictNotice).DocNumber);

    [Fact]
    public void NumbersCitedInTheBodyAreCitationsNotTheOwnNumber()
    {
        var facts = Read(SampleGongwen.DistrictNotice);
        Assert.Equal(["国办发〔2017〕24号", "淄政办发〔2016〕8号"], facts.CitedDocNumbers);
    }

    [Fact]
    public void MultiLineTitleIsJoinedAndOrganComesFromTheMastheadLine()
    {
        var facts = Read(SampleGongwen.DistrictNotice);
        Assert.Equal("张店区人民政府办公室关于印发张店区村居审计办法的通知", facts.Title);
        Assert.Equal("张店区人民政府办公室", facts.Organ);
        Assert.Equal("通知", facts.Genre);
    }

    [Fact]
    public void WrittenDateInChineseNumeralsIsReadFromTheSignature() =>
        Assert.Equal(new DateOnly(2017, 3, 5), Read(SampleGongwen.DistrictNotice).WrittenDate);

    [Fact]
    public void RecipientsAttachmentsAndOpennessAreRead()
    {
        var facts = Read(SampleGongwen.DistrictNotice);
        Assert.Equal(["各镇人民政府", "街道办事处", "区政府各部门"], facts.Recipients);
        Assert.Equal(["张店区村居审计办法", "村居审计工作流程图"], facts.Attachments);
        Assert.Equal(Opennesses.Proactive, facts.Openness);
    }

    [Fact]
    public void CitedTitlesSkipAbbreviationsDefinedAsShortNames()
    {
        var titles = Read(SampleGongwen.DistrictNotice).CitedTitles;
        Assert.Contains("中华人民共和国审计法", titles);
        Assert.Contains("张店区村居审计办法", titles);
        Assert.DoesNotContain("条例", titles);
    }

    [Fact]
    public void RunTogetherTextTakesTheNumberRightAfterTheTitle()
    {
        var facts = Read(SampleGongwen.RunTogetherReply);
        Assert.Equal("国务院关于同意设立示例经济开发区的批复", facts.Title);
        Assert.Equal("国函〔2016〕178号", facts.DocNumber);
        Assert.Equal("国务院", facts.Organ);
        Assert.Equal(["示政发〔2016〕12号"], facts.CitedDocNumbers);
        Assert.Equal(new DateOnly(2016, 9, 1), facts.WrittenDate);
        Assert.Equal(DocumentKinds.Government, facts.Kind);
    }

    [Theory]
    [InlineData("根据《中共示例市委办公厅示例市人民政府办公厅印发〈关于加强全市人才安居工作的实施意见〉的通知》(示委厅〔2020〕23号)、《示例市人才安居办法》精神，结合我市实际，现就人才安居有关事项通知如下。一、……")]
    [InlineData("为进一步促进房地产市场平稳健康发展，按照《关于进一步支持农民进城购房相关工作的通知》(示建联发〔2021〕46号)要求，结合我市实际，制定如下措施。一、……")]
    public void AnOpeningSentenceCitingAnotherDocumentGivesNeitherTitleNorOwnNumber(string text)
    {
        var facts = Read(text + new string('。', 1) + "二、支持刚性和改善性住房需求，落实差别化住房信贷政策，满足居民合理购房需求。");
        Assert.Null(facts.DocNumber);
        Assert.DoesNotContain("《", facts.Title ?? "");
        Assert.NotEmpty(facts.CitedDocNumbers);
    }

    [Fact]
    public void InterpretationNamesThePolicyItExplains()
    {
        var facts = Read(SampleGongwen.Interpretation);
        Assert.Equal(DocumentKinds.Interpretation, facts.Kind);
        Assert.Equal("张店区村居审计办法", facts.InterpretsTitle);
        Assert.Equal("张政办发〔2017〕15号", facts.InterpretsDocNumber);
        Assert.Null(facts.DocNumber);
    }

    [Fact]
    public void ZiNumberIsKeptAndOnRequestMarkerIsRead()
    {
        var facts = Read(SampleGongwen.OnRequestNotice);
        Assert.Equal("张政字〔2015〕57号", facts.DocNumber);
        Assert.Equal("张店区人民政府", facts.Organ);
        Assert.Equal(new DateOnly(2015, 6, 8), facts.WrittenDate);
        Assert.Equal(Opennesses.OnRequest, facts.Openness);
    }

    [Fact]
    public void RegulationFromALegislatureIsALawWithItsFirstLineAsTitle()
    {
        var facts = Read(SampleGongwen.Regulation);
        Assert.Equal("示例市养老服务条例", facts.Title);
        Assert.Equal(DocumentKinds.LawOrRegulation, facts.Kind);
        Assert.Null(facts.DocNumber);
        Assert.Equal("条例", facts.Genre);
    }

    [Fact]
    public void OrganFallsBackToTheConfiguredAgencyMap()
    {
        var organs = new OrganDirectory(new Dictionary<string, string> { ["张政办"] = "张店区人民政府办公室" });
        var facts = Read("张政办字〔2015〕57号\n\n关于做好防汛工作的通知\n\n各镇：\n　　请做好防汛工作。", organs: organs);
        Assert.Equal("张店区人民政府办公室", facts.Organ);
    }

    [Fact]
    public void LawCollectionPathMakesALaw() =>
        Assert.Equal(DocumentKinds.LawOrRegulation, Read("某某规定\n\n第一条 为了……", "LawRefBook__Laws/部门规章/某某规定.txt").Kind);

    [Fact]
    public void A_rule_published_by_a_governments_decree_is_a_law_or_regulation() =>
        Assert.Equal(DocumentKinds.LawOrRegulation,
            Read("示例市地名管理办法\n\n（2023年12月15日示例市人民政府第312号令公布　自2024年2月1日起施行）\n\n第一条 为了加强地名管理……").Kind);
}

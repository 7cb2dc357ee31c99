using Gongkai.Indexer.Understanding;
using Xunit;

namespace Gongkai.Indexer.Tests.Understanding;

public class CategoryRulesTests
{
    [Fact]
    public void DefaultRulesListTheTwentyTwoTopLevelClasses()
    {
        var categories = CategoryRules.Default.Categories;
        Assert.Equal(22, categories.Count);
        Assert.Contains("城乡建设、环境保护", categories);
        Assert.Contains("人口与计划生育、妇女儿童工作", categories);
        Assert.Equal("其他", categories[^1]);
    }

    [Fact]
    public void TitleHitsOutweighBodyHits() =>
        Assert.Equal("财政、金融、审计",
            CategoryRules.Default.Classify("关于调整住房公积金贷款政策的通知", "为促进房地产市场平稳健康发展，现通知如下。"));

    [Fact]
    public void NoKeywordMeansNoCategory() => Assert.Null(CategoryRules.Default.Classify("通知", "请按时参加。"));

    [Fact]
    public void RulesFileCanBeLoadedWithWeights()
    {
        var rules = CategoryRules.Parse("# 注释\n卫生、体育: 医院 体育*5\n科技、教育: 学校\n");
        Assert.Equal("卫生、体育", rules.Classify(null, "学校 学校 学校 体育"));
    }

    [Fact]
    public void MalformedRuleLineIsRejected() => Assert.Throws<FormatException>(() => CategoryRules.Parse("没有冒号的行"));
}

using Gongkai.Core.Analysis;
using Xunit;

namespace Gongkai.Core.Tests.Analysis;

public class GramsAnalyzerTests
{
    private static readonly GramsAnalyzer Analyzer = new();

    [Theory]
    [InlineData("PDF文件下载", new[] { "pdf", "文件", "件下", "下载" })]
    [InlineData("２０１７年工作报告", new[] { "2017", "年工", "工作", "作报", "报告" })]
    [InlineData("张政办发〔2017〕15号", new[] { "张政", "政办", "办发", "2017", "15", "号" })]
    [InlineData("滬府發〔2019〕3號", new[] { "沪府", "府发", "2019", "3", "号" })]
    [InlineData("低保", new[] { "低保" })]
    [InlineData("索引号：11370303004362052D/2017-00015", new[] { "索引", "引号", "11370303004362052d", "2017", "00015" })]
    public void Emits_bigrams_for_han_runs_and_whole_latin_and_numbers(string text, string[] expected) =>
        Assert.Equal(expected, TokenCollector.Terms(Analyzer, text));

    [Fact]
    public void Emits_an_isolated_han_character_as_a_unigram()
    {
        Assert.Equal(new[] { "第", "3", "条" }, TokenCollector.Terms(Analyzer, "第3条"));
    }

    [Fact]
    public void Does_not_bridge_punctuation_or_line_breaks()
    {
        Assert.Equal(new[] { "大众", "众创", "创业", "万众", "众创", "创新" },
            TokenCollector.Terms(Analyzer, "大众创业、万众创新"));
        Assert.Equal(new[] { "通知", "附件" }, TokenCollector.Terms(Analyzer, "通知\n附件"));
    }

    [Fact]
    public void Bigram_offsets_cover_the_original_characters()
    {
        const string text = "張政辦發〔２０１７〕";
        Assert.Equal(new[] { "張政", "政辦", "辦發", "２０１７" }, TokenCollector.Spans(Analyzer, text));
    }
}

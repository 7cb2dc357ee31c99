using Gongkai.Indexer.Extraction;
using Xunit;

namespace Gongkai.Indexer.Tests.Extraction;

public class PdfPageFurnitureTests
{
    private static PdfPageFurniture.Result Separate(params string[][] pages) => PdfPageFurniture.Separate(pages);

    [Theory]
    [InlineData("- 1 -")]
    [InlineData("— 2 —")]
    [InlineData("－ 3 －")]
    [InlineData("-12-")]
    [InlineData("第 1 页 共 3 页")]
    [InlineData("第2页")]
    [InlineData("共 3 页 第 2 页")]
    [InlineData("2/3")]
    public void Decorated_page_numbers_leave_the_body_even_on_a_single_page(string pageNumber)
    {
        var result = Separate(["关于做好住房公积金工作的通知", "各区人民政府：", pageNumber, "现就有关事项通知如下。"]);

        Assert.Equal(["关于做好住房公积金工作的通知", "各区人民政府：", "现就有关事项通知如下。"], result.Pages[0]);
        Assert.Equal([pageNumber], result.Furniture);
    }

    [Fact]
    public void Running_head_repeated_on_every_page_leaves_the_body_including_its_first_copy()
    {
        var result = Separate(
            ["重庆市人民政府办公厅行政规范性文件", "重庆市人民政府办公厅发布", "- 1 -", "重庆市人民政府办公厅关于", "印发《措施》的通知"],
            ["重庆市人民政府办公厅行政规范性文件", "重庆市人民政府办公厅发布", "- 2 -", "一、促进居民就业增收"],
            ["重庆市人民政府办公厅行政规范性文件", "重庆市人民政府办公厅发布", "- 3 -", "二、提升消费能力"]);

        Assert.Equal(["重庆市人民政府办公厅关于", "印发《措施》的通知"], result.Pages[0]);
        Assert.Equal(["一、促进居民就业增收"], result.Pages[1]);
        Assert.Equal(9, result.Furniture.Count);
    }

    [Fact]
    public void Running_foot_with_spacing_differences_is_recognised()
    {
        var result = Separate(
            ["第一页正文。", "北京市人民政府 发布"],
            ["第二页正文。", "北京市人民政府发布"],
            ["第三页正文。", "北京市人民政府发布"]);

        Assert.All(result.Pages, p => Assert.Single(p));
    }

    [Fact]
    public void Bare_numbers_are_page_numbers_only_when_they_follow_the_page_order()
    {
        var numbered = Separate(["1", "附件", "裁量基准表"], ["2", "第二页正文。"], ["3", "第三页正文。"]);
        var listed = Separate(["序号", "5", "名称"], ["序号", "名称", "9"]);

        Assert.Equal(["附件", "裁量基准表"], numbered.Pages[0]);
        Assert.Equal(["1", "2", "3"], numbered.Furniture);
        Assert.Contains("5", listed.Pages[0]);
        Assert.Contains("9", listed.Pages[1]);
    }

    [Fact]
    public void A_repeated_line_inside_the_page_stays_in_the_body()
    {
        var result = Separate(
            ["第一章", "正文甲。", "正文乙。", "正文丙。", "正文丁。", "本条款适用于全市。", "正文戊。", "正文己。", "正文庚。", "正文辛。"],
            ["第二章", "正文壬。", "正文癸。", "正文子。", "正文丑。", "本条款适用于全市。", "正文寅。", "正文卯。", "正文辰。", "正文巳。"]);

        Assert.Contains("本条款适用于全市。", result.Pages[0]);
        Assert.Contains("本条款适用于全市。", result.Pages[1]);
        Assert.Empty(result.Furniture);
    }

    [Fact]
    public void A_line_repeated_on_only_a_few_pages_stays()
    {
        var result = Separate(["附件1", "甲表"], ["乙页正文。"], ["丙页正文。"], ["附件1", "丁表"], ["戊页正文。"]);

        Assert.Empty(result.Furniture);
    }
}

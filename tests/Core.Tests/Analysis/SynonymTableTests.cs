using Gongkai.Core.Analysis;
using Xunit;

namespace Gongkai.Core.Tests.Analysis;

public class SynonymTableTests
{
    private static readonly SynonymTable Table = SynonymTable.Default;

    [Theory]
    [InlineData("低保", "最低生活保障")]
    [InlineData("最低生活保障", "低保")]
    [InlineData("棚改", "棚户区改造")]
    [InlineData("棚户区改造", "棚改")]
    [InlineData("公租房", "公共租赁住房")]
    [InlineData("营业税改征增值税", "营改增")]
    [InlineData("放管服", "简政放权、放管结合、优化服务")]
    public void Expands_a_whole_term_in_both_directions(string term, string expected)
    {
        var alternatives = Table.Expand(term);
        Assert.Contains(expected, alternatives);
        Assert.DoesNotContain(term, alternatives);
    }

    [Fact]
    public void Expands_traditional_spellings_like_simplified()
    {
        Assert.Contains("棚改", Table.Expand(" 棚戶區改造 "));
        Assert.Contains("医疗保险", Table.Expand("醫保"));
    }

    [Fact]
    public void Unites_groups_of_a_term_listed_twice_without_chaining_them()
    {
        Assert.Equal(new[] { "医疗保险", "基本医疗保险" }, Table.Expand("医保"));
        Assert.Equal(new[] { "医保" }, Table.Expand("基本医疗保险"));
    }

    [Fact]
    public void Returns_nothing_for_an_unknown_term_or_a_part_of_one()
    {
        Assert.Empty(Table.Expand("政府信息公开"));
        Assert.Empty(Table.Expand("最低生活"));
    }

    [Fact]
    public void Default_table_is_read_from_the_embedded_file()
    {
        // ~50 groups of two or more terms each.
        Assert.True(Table.Count >= 100, $"only {Table.Count} terms");
    }

    [Fact]
    public void Finds_synonyms_inside_a_query_with_original_positions()
    {
        const string query = "张店区低保申请和棚戶區改造补偿";
        var found = Table.FindIn(query).ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal("低保", query.Substring(found[0].Start, found[0].Length));
        Assert.Contains("最低生活保障", found[0].Alternatives);
        Assert.Equal("棚戶區改造", query.Substring(found[1].Start, found[1].Length));
        Assert.Contains("棚改", found[1].Alternatives);
    }

    [Fact]
    public void Prefers_the_longest_term_at_a_position()
    {
        var found = Assert.Single(Table.FindIn("医保局电话"));
        Assert.Equal((0, 3), (found.Start, found.Length));
        Assert.Equal(new[] { "医疗保障局" }, found.Alternatives);
    }

    [Theory]
    [InlineData("降低保险费率")]
    [InlineData("社会主义教育")]
    public void Ignores_terms_that_straddle_a_word_boundary(string query) =>
        Assert.Empty(Table.FindIn(query));

    [Fact]
    public void Loads_an_edited_file_with_comments_and_full_width_commas()
    {
        var path = Path.Combine(Path.GetTempPath(), $"synonyms-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# 注释\n河长, 河长制负责人 # trailing\n\n一网通办，政务服务一网通办\n");
        try
        {
            var table = SynonymTable.Load(path);
            Assert.Equal(new[] { "河长制负责人" }, table.Expand("河长"));
            Assert.Equal(new[] { "一网通办" }, table.Expand("政务服务一网通办"));
            Assert.Empty(table.Expand("低保"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rejects_a_line_with_a_single_term()
    {
        var error = Assert.Throws<FormatException>(() => SynonymTable.Parse("低保, 最低生活保障\n孤零零\n"));
        Assert.Contains("line 2", error.Message);
    }
}

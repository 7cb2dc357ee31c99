using Gongkai.Core.Analysis;
using Gongkai.SearchApi.Querying;

namespace Gongkai.SearchApi.Tests.Querying;

public class QueryVocabularyTests
{
    private static readonly QueryVocabulary Vocabulary = new(SynonymTable.Parse("低保, 最低生活保障\n多孩, 多子女\n公积金, 住房公积金"));

    [Fact]
    public void A_whole_word_expands_to_its_synonyms()
    {
        Assert.Equal(["低保", "最低生活保障"], Vocabulary.Equivalents("低保"));
    }

    [Theory]
    [InlineData("低保标准", "最低生活保障标准")]
    [InlineData("多孩家庭", "多子女家庭")]
    [InlineData("最低生活保障标准", "低保标准")]
    public void A_synonym_term_inside_a_typed_compound_is_replaced(string typed, string expected)
    {
        var forms = Vocabulary.Equivalents(typed);
        Assert.Equal(typed, forms[0]);
        Assert.Contains(expected, forms);
    }

    [Fact]
    public void Characters_that_only_look_like_a_term_across_a_word_boundary_are_left_alone()
    {
        // 降低|保险费率: 低保 is not a word here.
        Assert.Equal(["降低保险费率"], Vocabulary.Equivalents("降低保险费率"));
    }

    [Fact]
    public void Without_a_table_the_text_is_its_only_form()
    {
        Assert.Equal(["低保标准"], new QueryVocabulary().Equivalents("低保标准"));
    }
}

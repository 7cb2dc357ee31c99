using Gongkai.Core.Analysis;
using Xunit;

namespace Gongkai.Core.Tests.Analysis;

public class ChineseFoldingCharFilterTests
{
    [Theory]
    [InlineData("２０１７年", "2017年")]
    [InlineData("ＰＤＦ（附件）", "PDF(附件)")]
    [InlineData("张政办发\u3000〔2017〕", "张政办发 〔2017〕")]
    [InlineData("滬府發〔2019〕3號", "沪府发〔2019〕3号")]
    [InlineData("關於進一步做好政府資訊公開工作的通知", "关于进一步做好政府资讯公开工作的通知")]
    public void Fold_maps_width_space_and_traditional_characters(string input, string expected) =>
        Assert.Equal(expected, ChineseFoldingCharFilter.Fold(input));

    [Fact]
    public void Fold_leaves_simplified_text_and_brackets_alone()
    {
        const string text = "张店区人民政府办公室关于印发《张店区村居审计办法》的通知 张政办发〔2017〕15号";
        Assert.Equal(text, ChineseFoldingCharFilter.Fold(text));
    }

    [Fact]
    public void Fold_never_turns_a_whole_character_into_half_a_surrogate_pair()
    {
        // The table must map BMP characters to BMP characters, or folded text would be corrupt.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                Assert.False(char.IsSurrogate(ChineseFoldingCharFilter.Fold((char)c)), $"U+{c:X4}");
            }
        }
    }

    [Fact]
    public void Filter_reads_the_same_text_as_Fold_through_every_read_path()
    {
        const string text = "滬府發　ＡＢＣ１２３";
        using var bulk = new ChineseFoldingCharFilter(new StringReader(text));
        Assert.Equal("沪府发 ABC123", bulk.ReadToEnd());

        using var single = new ChineseFoldingCharFilter(new StringReader(text));
        Assert.Equal('沪', (char)single.Peek());
        var chars = new List<char>();
        for (var c = single.Read(); c >= 0; c = single.Read())
        {
            chars.Add((char)c);
        }

        Assert.Equal("沪府发 ABC123", new string(chars.ToArray()));
    }

    [Fact]
    public void Words_variant_keeps_full_width_punctuation_but_folds_letters_digits_and_traditional()
    {
        using var filter = new ChineseFoldingCharFilter(new StringReader("ＰＤＦ（附件）２０１９，滬府發！？；：　"), keepFullWidthPunctuation: true);
        Assert.Equal("PDF（附件）2019，沪府发！？；： ", filter.ReadToEnd());
    }
}

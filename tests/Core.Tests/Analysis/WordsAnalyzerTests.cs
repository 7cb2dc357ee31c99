using Gongkai.Core.Analysis;
using Xunit;

namespace Gongkai.Core.Tests.Analysis;

public class WordsAnalyzerTests
{
    private static readonly WordsAnalyzer Analyzer = new();

    [Theory]
    [InlineData("PDF文件下载", new[] { "pdf", "文件", "下载" })]
    [InlineData("２０１７年工作报告", new[] { "2017", "年", "工作", "报告" })]
    // SmartCn splits the 机关代字; the grams field is what finds 张政办发 as a phrase.
    [InlineData("张政办发〔2017〕15号", new[] { "张", "政", "办发", "2017", "15", "号" })]
    [InlineData("滬府發〔2019〕3號", new[] { "沪", "府发", "2019", "3", "号" })]
    [InlineData("关于做好低保工作的通知。", new[] { "关于", "做", "好", "低", "保", "工作", "的", "通知" })]
    [InlineData("《张店区村居审计办法》的政策解读", new[] { "张店区", "村", "居", "审计", "办法", "的", "政策", "解读" })]
    [InlineData("住房和城乡建设局、财政局", new[] { "住房", "和", "城乡", "建设", "局", "财政局" })]
    public void Segments_sentences_into_words(string text, string[] expected) =>
        Assert.Equal(expected, TokenCollector.Terms(Analyzer, text));

    [Fact]
    public void Keeps_latin_words_lowercased_but_unstemmed()
    {
        // SmartChineseAnalyzer would give titl / offic here.
        Assert.Equal(new[] { "依", "申请", "公开", "title", "office", "word", "documents" },
            TokenCollector.Terms(Analyzer, "依申请公开，Title：Office Word！Documents"));
    }

    [Fact]
    public void Drops_punctuation_only_tokens()
    {
        var terms = TokenCollector.Terms(Analyzer, "“一”、（二）——【三】……！？；：《四》〔五〕");
        Assert.Equal(new[] { "一", "二", "三", "四", "五" }, terms);
    }

    [Fact]
    public void Offsets_point_at_the_original_traditional_and_full_width_characters()
    {
        const string text = "滬府發〔２０１９〕３號";
        Assert.Equal(new[] { "滬", "府發", "２０１９", "３", "號" }, TokenCollector.Spans(Analyzer, text));
    }

    [Fact]
    public void Reuses_its_token_stream_and_gives_the_same_tokens_again()
    {
        var first = TokenCollector.Collect(Analyzer, "张政办发〔2017〕15号");
        TokenCollector.Collect(Analyzer, "完全不同的一句话");
        Assert.Equal(first, TokenCollector.Collect(Analyzer, "张政办发〔2017〕15号"));
    }

    [Fact]
    public void Gives_the_same_tokens_when_one_instance_is_used_from_many_threads()
    {
        string[] texts = ["张政办发〔2017〕15号", "关于做好低保工作的通知", "PDF文件下载", "滬府發〔2019〕3號"];
        var expected = texts.Select(t => TokenCollector.Terms(Analyzer, t)).ToArray();
        var results = new string[64][];
        Parallel.For(0, results.Length, i => results[i] = TokenCollector.Terms(Analyzer, texts[i % texts.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Fact]
    public void Offsets_stay_on_the_original_text_around_full_width_punctuation()
    {
        const string text = "依申请公开（ＰＤＦ）！滬府發：第３號，２０１９年；";
        var tokens = TokenCollector.Collect(Analyzer, text);
        Assert.Equal(new[] { "依", "申请", "公开", "pdf", "沪", "府发", "第", "3", "号", "2019", "年" }, tokens.Select(t => t.Term));
        Assert.Equal(new[] { "依", "申请", "公开", "ＰＤＦ", "滬", "府發", "第", "３", "號", "２０１９", "年" },
            tokens.Select(t => text[t.Start..t.End]));
    }
}

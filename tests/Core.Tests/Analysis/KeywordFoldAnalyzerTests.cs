using Gongkai.Core.Analysis;
using Xunit;

namespace Gongkai.Core.Tests.Analysis;

public class KeywordFoldAnalyzerTests
{
    private static readonly KeywordFoldAnalyzer Analyzer = new();

    [Theory]
    [InlineData("张政办发 〔２０１７〕 15号", "张政办发〔2017〕15号")]
    [InlineData("滬府發〔2019〕3號", "沪府发〔2019〕3号")]
    [InlineData(" 11370303004362052D/2017-00015\u3000", "11370303004362052d/2017-00015")]
    public void Produces_one_folded_lowercased_token_without_whitespace(string text, string expected)
    {
        var token = Assert.Single(TokenCollector.Collect(Analyzer, text));
        Assert.Equal(expected, token.Term);
        Assert.Equal((0, text.Length), (token.Start, token.End));
    }
}

using Gongkai.Indexer.Understanding;
using Xunit;

namespace Gongkai.Indexer.Tests.Understanding;

public class ChineseDatesTests
{
    [Theory]
    [InlineData("二〇一七年三月五日", 2017, 3, 5)]
    [InlineData("二○一七年十二月三十一日", 2017, 12, 31)]
    [InlineData("二零一七年十月二十日", 2017, 10, 20)]
    [InlineData("2017年3月5日", 2017, 3, 5)]
    [InlineData("2022 年 4 月 28 日", 2022, 4, 28)]
    [InlineData("２０１７年３月５日", 2017, 3, 5)]
    public void DatesInArabicAndChineseNumeralsParse(string text, int y, int m, int d)
    {
        Assert.True(ChineseDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("2017年2月30日")]
    [InlineData("2017年度")]
    public void ImpossibleOrIncompleteDatesDoNotParse(string text) => Assert.False(ChineseDates.TryParse(text, out _));
}

using Xunit;
using Gongkai.Core.Numbers;

namespace Gongkai.Core.Tests.Numbers;

public class IndexNumberTests
{
    [Theory]
    [InlineData("11370303004362052D/2017-00015", "11370303004362052D/2017-00015")]
    [InlineData("11370303004362052d/2017-15", "11370303004362052D/2017-00015")]
    [InlineData("１１３７０３０３００４３６２０５２Ｄ／２０１７－０００１５", "11370303004362052D/2017-00015")]
    [InlineData("11370303004362052D / 2017 — 00015", "11370303004362052D/2017-00015")]
    [InlineData("11370303004362052D/2017–00015", "11370303004362052D/2017-00015")]
    [InlineData("004362052/2017-00015", "004362052/2017-00015")]
    [InlineData("42820293-0/2026-41003", "42820293-0/2026-41003")]
    public void TypedFormsParseToTheCanonicalIndexNumber(string typed, string canonical)
    {
        Assert.True(IndexNumber.TryParse(typed, out var n));
        Assert.Equal(canonical, n.Canonical);
    }

    [Theory]
    [InlineData("2017-00015", 2017, 15)]
    [InlineData("２０１７－１５", 2017, 15)]
    [InlineData("/2017-00015", 2017, 15)]
    public void ThePartAfterTheSlashParses(string typed, int year, int serial)
    {
        Assert.True(IndexNumber.TryParsePartial(typed, out var y, out var s));
        Assert.Equal((year, serial), (y, s));
    }

    [Theory]
    [InlineData("张政办发〔2017〕15号")]
    [InlineData("0533-2869810")]
    [InlineData("11370303004362052D/17-00015")]
    public void NonIndexNumbersDoNotParse(string typed) => Assert.False(IndexNumber.TryParse(typed, out _));
}

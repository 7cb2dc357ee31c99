using Xunit;
using Gongkai.Core.Numbers;

namespace Gongkai.Core.Tests.Numbers;

public class DocNumberKeyTests
{
    private static readonly DocNumber Number = new("张政办发", 2017, 15);

    [Theory]
    [InlineData("张店区人民政府办公室", "张店区")]
    [InlineData("张家口市人民政府办公室", "张家口市")]
    [InlineData("广州市住房公积金管理中心", "广州市")]
    [InlineData("福州新区管理委员会", "福州新区")]
    [InlineData("国务院办公厅", "国务院")]
    [InlineData(null, null)]
    public void ScopeIsTheOrgansJurisdiction(string? organ, string? scope) => Assert.Equal(scope, Number.Key(organ).Scope);

    [Fact]
    public void SameNumberInTwoJurisdictionsDoesNotMatch() =>
        Assert.False(Number.Key("张店区人民政府办公室").Matches(Number.Key("张家口市人民政府办公室")));

    [Fact]
    public void UnknownScopeMatchesAnyJurisdiction() =>
        Assert.True(Number.Key(null).Matches(Number.Key("张店区人民政府办公室")));

    [Fact]
    public void ScopedKeyTextCarriesTheScope() =>
        Assert.Equal("张店区|张政办发〔2017〕15号", Number.Key("张店区人民政府").ToString());
}

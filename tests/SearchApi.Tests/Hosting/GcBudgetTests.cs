using Gongkai.SearchApi.Hosting;
using Microsoft.Extensions.Logging;

namespace Gongkai.SearchApi.Tests.Hosting;

public class GcBudgetTests
{
    [Fact]
    public void A_start_without_the_budget_warns_and_names_the_variable()
    {
        var (level, message) = GcBudget.Describe(null, serverGc: true);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("DOTNET_GCgen0size=0x2000000", message);
        Assert.Contains("server GC", message);
    }

    [Theory]
    [InlineData("0x2000000", "32 MB")]
    [InlineData("2000000", "32 MB")]
    [InlineData("0X8000000", "128 MB")]
    public void The_budget_is_read_as_the_runtime_reads_it_in_hexadecimal(string value, string expected)
    {
        var (level, message) = GcBudget.Describe(value, serverGc: false);
        Assert.Equal(LogLevel.Information, level);
        Assert.Contains(expected, message);
    }

    [Theory]
    [InlineData("32MB")]
    [InlineData("0x")]
    [InlineData("-1")]
    public void A_value_that_is_not_a_hexadecimal_byte_count_warns(string value)
    {
        var (level, message) = GcBudget.Describe(value, serverGc: true);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("not a hexadecimal byte count", message);
    }

    [Fact]
    public void A_budget_set_with_the_legacy_prefix_is_named_as_set()
    {
        var (level, message) = GcBudget.Describe("0x2000000", serverGc: true, "COMPlus_GCgen0size");
        Assert.Equal(LogLevel.Information, level);
        Assert.Contains("COMPlus_GCgen0size=0x2000000", message);
    }
}

using Xunit;
using Gongkai.Indexer.Uploads;

namespace Gongkai.Indexer.Tests.Uploads;

public class UploadFileNameTests
{
    [Theory]
    [InlineData("关于印发张店区村居审计办法的通知.docx", "关于印发张店区村居审计办法的通知.docx")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\win.ini", "win.ini")]
    [InlineData("C:\\fakepath\\报告.pdf", "报告.pdf")]
    [InlineData("..", "upload")]
    [InlineData("  . .  ", "upload")]
    [InlineData("", "upload")]
    [InlineData(null, "upload")]
    [InlineData(".env", "env")]
    [InlineData("a\u0000b\u001Fc.txt", "abc.txt")]
    [InlineData("what?*:<>|\".txt", "what.txt")]
    public void A_given_name_becomes_one_safe_segment(string? given, string expected) =>
        Assert.Equal(expected, UploadFileName.Sanitise(given));

    [Fact]
    public void A_long_Chinese_name_is_cut_to_fit_the_file_system_and_keeps_its_extension()
    {
        var name = UploadFileName.Sanitise(new string('政', 200) + ".docx");
        Assert.EndsWith("政.docx", name);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(name) <= 240);
    }
}

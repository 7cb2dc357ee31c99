using System.Text;
using Gongkai.Indexer.Extraction;
using Xunit;

namespace Gongkai.Indexer.Tests.Extraction;

public sealed class DocumentExtractorsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("extract-").FullName;
    private readonly DocumentExtractors _extractors = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private ExtractionException Fails(string path, ExtractionLimits? limits = null) =>
        Assert.Throws<ExtractionException>(() => _extractors.Extract(path, limits ?? ExtractionLimits.Default));

    [Theory]
    [InlineData("表格.xlsx", ".xlsx")]
    [InlineData("演示.ppt", ".ppt")]
    public void Unread_formats_are_unsupported_and_named(string name, string extension)
    {
        var e = Fails(Write(name, [1, 2, 3]));

        Assert.Equal(FailureReason.UnsupportedFormat, e.Reason);
        Assert.Contains($"不支持的格式 {extension}", e.Message);
        Assert.Contains(name, e.Message);
    }

    [Fact]
    public void Extension_is_matched_without_regard_to_case()
    {
        var path = Write("通知.DOCX", DocxFixtures.Notice());

        Assert.StartsWith("关于印发住房公积金管理办法的通知", _extractors.Extract(path, ExtractionLimits.Default).Text);
        Assert.True(DocumentExtractors.IsSupported(path));
    }

    [Theory]
    [InlineData("a.pdf", true)]
    [InlineData("a.HTML", true)]
    [InlineData("a.txt", true)]
    [InlineData("a.doc", true)]
    [InlineData("a.WPS", true)]
    [InlineData("a.xls", false)]
    [InlineData("README", false)]
    public void IsSupported_follows_the_extension(string path, bool supported)
    {
        Assert.Equal(supported, DocumentExtractors.IsSupported(path));
    }

    [Fact]
    public void Doc_file_is_read_by_the_registry()
    {
        var path = Write("示例.doc", DocFixtures.Sample());

        Assert.StartsWith("示例：关于印发住房公积金管理办法的通知", _extractors.Extract(path, ExtractionLimits.Default).Text);
    }

    [Theory]
    [InlineData("空.doc")]
    [InlineData("空.wps")]
    public void Zero_byte_word_file_is_empty(string name)
    {
        Assert.Equal(FailureReason.Empty, Fails(Write(name, [])).Reason);
    }

    [Fact]
    public void Zero_byte_file_is_empty()
    {
        Assert.Equal(FailureReason.Empty, Fails(Write("空.pdf", [])).Reason);
    }

    [Fact]
    public void Whitespace_only_text_is_empty()
    {
        Assert.Equal(FailureReason.Empty, Fails(Write("空白.txt", "  \r\n\t\n"u8.ToArray())).Reason);
    }

    [Fact]
    public void File_above_the_size_limit_is_too_large()
    {
        var path = Write("大.txt", Encoding.UTF8.GetBytes(new string('字', 2000)));

        var e = Fails(path, ExtractionLimits.Default with { MaxFileBytes = 1000 });

        Assert.Equal(FailureReason.TooLarge, e.Reason);
    }

    [Fact]
    public void Text_beyond_the_limit_is_cut_not_refused()
    {
        var path = Write("长.txt", Encoding.UTF8.GetBytes(new string('字', 500)));

        var doc = _extractors.Extract(path, ExtractionLimits.Default with { MaxTextChars = 100 });

        Assert.Equal(100, doc.Text.Length);
    }

    [Fact]
    public void Binary_data_named_txt_is_corrupt()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);

        Assert.Equal(FailureReason.Corrupt, Fails(Write("乱码.txt", bytes)).Reason);
    }

    [Fact]
    public void Missing_file_is_a_transient_failure()
    {
        var e = Fails(Path.Combine(_dir, "不存在.txt"));

        Assert.Equal(FailureReason.Transient, e.Reason);
        Assert.True(e.IsRetryable);
    }

    [Fact]
    public void File_locked_by_a_writer_is_a_transient_failure()
    {
        var path = Write("占用.txt", "内容"u8.ToArray());
        using var writer = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        Assert.Equal(FailureReason.Transient, Fails(path).Reason);
    }
}

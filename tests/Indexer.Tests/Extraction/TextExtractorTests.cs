using System.Text;
using Gongkai.Indexer.Extraction;
using Xunit;

namespace Gongkai.Indexer.Tests.Extraction;

public class TextExtractorTests
{
    private const string Notice = "关于做好2024年住房公积金年度结息工作的通知\r\n各缴存单位：\r\n现将有关事项通知如下。";

    static TextExtractorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Extract(byte[] bytes) =>
        new TextExtractor().Extract(new MemoryStream(bytes), "通知.txt", ExtractionLimits.Default).Text;

    [Fact]
    public void Gbk_text_without_marker_is_decoded_as_gb18030()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Notice);

        Assert.Equal(Notice.Replace("\r\n", "\n"), Extract(bytes));
    }

    [Fact]
    public void Utf8_with_bom_loses_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Notice)).ToArray();

        Assert.Equal(Notice.Replace("\r\n", "\n"), Extract(bytes));
    }

    [Fact]
    public void Utf8_without_bom_is_recognised()
    {
        Assert.StartsWith("关于做好2024年", Extract(Encoding.UTF8.GetBytes(Notice)));
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Notice)).ToArray();

        Assert.Equal(Notice.Replace("\r\n", "\n"), Extract(bytes));
    }

    [Fact]
    public void Old_mac_line_breaks_become_newlines()
    {
        Assert.Equal("第一行\n第二行", Extract(Encoding.UTF8.GetBytes("第一行\r第二行")));
    }

    [Fact]
    public void Binary_data_is_not_a_text_file()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);

        var e = Assert.Throws<ExtractionException>(() => Extract(bytes));

        Assert.Equal(FailureReason.Corrupt, e.Reason);
        Assert.Contains("不是文本文件", e.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_stream_longer_than_the_limit_is_refused_as_too_large_and_one_at_the_limit_is_read(bool seekable)
    {
        var bytes = Encoding.UTF8.GetBytes(Notice);
        var limits = ExtractionLimits.Default with { MaxFileBytes = bytes.Length };
        Stream Open(byte[] b) => seekable ? new MemoryStream(b) : new ForwardOnlyStream(b);

        var atLimit = new TextExtractor().Extract(Open(bytes), "通知.txt", limits).Text;
        var e = Assert.Throws<ExtractionException>(() => new TextExtractor().Extract(Open([.. bytes, (byte)'x']), "通知.txt", limits));

        Assert.Equal(Notice.Replace("\r\n", "\n"), atLimit);
        Assert.Equal(FailureReason.TooLarge, e.Reason);
    }

    /// <summary>A stream whose length is unknown (a network upload, a pipe).</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }
}

using Gongkai.Indexer.Extraction;
using Xunit;

namespace Gongkai.Indexer.Tests.Extraction;

public class PdfExtractorTests
{
    private static ExtractedDocument Extract(byte[] bytes) =>
        new PdfExtractor().Extract(new MemoryStream(bytes), "文件.pdf", ExtractionLimits.Default);

    /// <summary>Six lines of 20 cells: a paragraph wrapped at the text width, then a short closing line.</summary>
    private static readonly string[] WrappedPage =
    [
        "关于进一步做好住房公积金工作的通知",
        "各区人民政府，市政府各部门：",
        "为进一步发挥住房公积金制度作用，支持缴存职工",
        "合理住房消费，经市政府同意，现就有关事项通知",
        "如下，请结合本地实际认真贯彻落实并及时报告有",
        "关工作情况。",
        "一、提高贷款额度",
        "二、优化提取政策",
    ];

    [Fact]
    public void Chinese_text_layer_is_read_in_order()
    {
        var text = Extract(PdfFixtures.Chinese(WrappedPage)).Text;

        Assert.StartsWith("关于进一步做好住房公积金工作的通知\n各区人民政府，市政府各部门：\n", text);
        Assert.EndsWith("一、提高贷款额度\n二、优化提取政策", text);
    }

    [Fact]
    public void Hard_wrapped_lines_of_a_paragraph_are_joined_without_space()
    {
        var text = Extract(PdfFixtures.Chinese(WrappedPage)).Text;

        Assert.Contains("\n为进一步发挥住房公积金制度作用，支持缴存职工合理住房消费，经市政府同意，现就有关事项通知如下，请结合本地实际认真贯彻落实并及时报告有关工作情况。\n", text);
    }

    [Fact]
    public void Spaces_between_chinese_characters_are_removed_but_kept_next_to_digits()
    {
        var text = Extract(PdfFixtures.Chinese(["落实 “三 高四新” 战略，贷款 70 万元。", .. WrappedPage])).Text;

        Assert.StartsWith("落实“三高四新”战略，贷款 70 万元。\n", text);
    }

    [Fact]
    public void Pages_are_separated_by_a_line_break()
    {
        var text = Extract(PdfFixtures.Chinese(WrappedPage, ["第二页的内容从这里开始。", .. WrappedPage])).Text;

        Assert.Contains("二、优化提取政策\n第二页的内容从这里开始。\n", text);
    }

    [Fact]
    public void Glyphs_without_unicode_map_need_ocr()
    {
        var e = Assert.Throws<ExtractionException>(() => Extract(PdfFixtures.WithoutUnicodeMap(WrappedPage)));

        Assert.Equal(FailureReason.NeedsOcr, e.Reason);
    }

    [Fact]
    public void A_page_number_alone_is_not_a_text_layer()
    {
        var e = Assert.Throws<ExtractionException>(() => Extract(PdfFixtures.Chinese(["- 1 -"], ["- 2 -"])));

        Assert.Equal(FailureReason.NeedsOcr, e.Reason);
    }

    [Fact]
    public void Page_without_text_needs_ocr()
    {
        var e = Assert.Throws<ExtractionException>(() => Extract(PdfFixtures.WithoutText()));

        Assert.Equal(FailureReason.NeedsOcr, e.Reason);
    }

    [Fact]
    public void Truncated_pdf_is_corrupt()
    {
        var bytes = PdfFixtures.Chinese(WrappedPage);

        var e = Assert.Throws<ExtractionException>(() => Extract(bytes[..(bytes.Length / 3)]));

        Assert.Equal(FailureReason.Corrupt, e.Reason);
    }

    [Fact]
    public void Non_pdf_bytes_are_corrupt()
    {
        var e = Assert.Throws<ExtractionException>(() => Extract("<html>not a pdf</html>"u8.ToArray()));

        Assert.Equal(FailureReason.Corrupt, e.Reason);
    }
}

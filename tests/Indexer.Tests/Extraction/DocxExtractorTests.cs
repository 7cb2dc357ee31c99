using Gongkai.Indexer.Extraction;
using Xunit;

namespace Gongkai.Indexer.Tests.Extraction;

public class DocxExtractorTests
{
    private static readonly ExtractionLimits Limits = ExtractionLimits.Default;

    private static ExtractedDocument Extract(byte[] bytes, ExtractionLimits? limits = null) =>
        new DocxExtractor().Extract(new MemoryStream(bytes), "通知.docx", limits ?? Limits);

    [Fact]
    public void Body_paragraphs_and_table_rows_come_in_document_order()
    {
        var text = Extract(DocxFixtures.Notice()).Text;

        var lines = text.Split('\n');
        Assert.Equal("关于印发住房公积金管理办法的通知", lines[0]);
        Assert.Equal("某政办发〔2024〕3号", lines[1]);
        Assert.Equal("各区人民政府：", lines[2]);
        Assert.Equal("序号\t事项\t责任单位", lines[3]);
        Assert.Equal("1\t住房公积金提取\t市公积金中心", lines[4]);
        Assert.Equal("现印发给你们，请认真贯彻执行。", lines[5]);
    }

    [Fact]
    public void Footnotes_follow_the_body_without_separators()
    {
        var text = Extract(DocxFixtures.Notice()).Text;

        Assert.EndsWith("现印发给你们，请认真贯彻执行。\n本办法自2024年1月1日起施行。", text);
    }

    [Fact]
    public void Headers_and_footers_are_kept_out_of_the_body()
    {
        var doc = Extract(DocxFixtures.Notice());

        Assert.DoesNotContain("某市人民政府办公室文件", doc.Text);
        Assert.Equal("某市人民政府办公室文件\n— 1 —", doc.HeaderFooter);
    }

    [Fact]
    public void Core_title_that_appears_in_the_body_is_given()
    {
        var doc = Extract(DocxFixtures.Notice(coreTitle: "关于印发住房公积金管理办法的通知"));

        Assert.Equal("关于印发住房公积金管理办法的通知", doc.Given.Title);
    }

    [Theory]
    [InlineData("Microsoft Word - 模板.doc")]
    [InlineData("标题")]
    [InlineData("关于开展安全生产大检查的通知")]
    public void Generic_or_stale_core_title_is_ignored(string coreTitle)
    {
        Assert.Null(Extract(DocxFixtures.Notice(coreTitle)).Given.Title);
    }

    [Fact]
    public void Zip_bomb_is_too_large_before_openxml_reads_it()
    {
        var bomb = DocxFixtures.WithZeroEntry(300L * 1024 * 1024);
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"fixture should be small compressed, was {bomb.Length}");

        var e = Assert.Throws<ExtractionException>(() => Extract(bomb));

        Assert.Equal(FailureReason.TooLarge, e.Reason);
    }

    [Fact]
    public void Too_many_parts_is_too_large()
    {
        var e = Assert.Throws<ExtractionException>(() => Extract(DocxFixtures.WithExtraEntries(50), Limits with { MaxParts = 30 }));

        Assert.Equal(FailureReason.TooLarge, e.Reason);
    }

    [Fact]
    public void Truncated_docx_is_corrupt()
    {
        var bytes = DocxFixtures.Notice();

        var e = Assert.Throws<ExtractionException>(() => Extract(bytes[..(bytes.Length / 2)]));

        Assert.Equal(FailureReason.Corrupt, e.Reason);
    }

    [Fact]
    public void Random_bytes_named_docx_are_corrupt()
    {
        var e = Assert.Throws<ExtractionException>(() => Extract("这不是一个 Word 文档"u8.ToArray()));

        Assert.Equal(FailureReason.Corrupt, e.Reason);
    }

    [Fact]
    public void Password_protected_docx_is_encrypted()
    {
        var e = Assert.Throws<ExtractionException>(() => Extract(DocxFixtures.EncryptedOle()));

        Assert.Equal(FailureReason.Encrypted, e.Reason);
        Assert.Contains("密码", e.Message);
    }

    [Fact]
    public void Legacy_doc_renamed_to_docx_is_corrupt_with_a_clear_message()
    {
        var ole = DocxFixtures.EncryptedOle();
        Array.Clear(ole, 1024, 64);

        var e = Assert.Throws<ExtractionException>(() => Extract(ole));

        Assert.Equal(FailureReason.Corrupt, e.Reason);
        Assert.Contains(".doc", e.Message);
    }
}

using System.Text;
using Gongkai.Indexer.Extraction;
using Xunit;

namespace Gongkai.Indexer.Tests.Extraction;

public class DocExtractorTests
{
    private static readonly DocExtractor Extractor = new();

    private static ExtractedDocument Read(byte[] bytes, string name = "示例.doc") =>
        Extractor.Extract(new MemoryStream(bytes), name, ExtractionLimits.Default);

    private static ExtractionException Fails(byte[] bytes, string name = "示例.doc") =>
        Assert.Throws<ExtractionException>(() => Read(bytes, name));

    [Fact]
    public void Chinese_paragraphs_and_table_cells_come_out_in_reading_order()
    {
        var text = Read(DocFixtures.Sample()).Text;

        Assert.Equal(
            """
            示例：关于印发住房公积金管理办法的通知
            示政办发〔2024〕3号
            各区人民政府：
            序号	事项	责任单位
            1	住房公积金提取	
            2	贷款审批	市公积金中心
            现印发给你们，请认真贯彻执行。
            详见网址：示例政府网站。
            示例市人民政府办公室
            示例脚注：本办法自2024年1月1日起施行。
            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Headers_and_footers_are_kept_apart_from_the_body()
    {
        var doc = Read(DocFixtures.Sample());

        Assert.Equal("示例市人民政府办公室文件（页眉）\n示例页脚", doc.HeaderFooter);
        Assert.DoesNotContain("页眉", doc.Text);
        Assert.DoesNotContain("示例页脚", doc.Text);
    }

    [Fact]
    public void Field_instructions_are_dropped_and_the_result_kept()
    {
        var text = Read(DocFixtures.Sample()).Text;

        Assert.DoesNotContain("HYPERLINK", text);
        Assert.Contains("详见网址：示例政府网站。", text);
    }

    [Fact]
    public void A_field_nested_in_a_result_shows_only_its_own_result()
    {
        // 示例政府网站 is the HYPERLINK result; put a nested field "\x13代\x14甲\x15" plus 乙 in its place.
        var doc = DocFixtures.WithText("示例政府网站", "\u0013代\u0014甲\u0015乙");

        Assert.Contains("详见网址：甲乙。", Read(doc).Text);
    }

    [Fact]
    public void Encrypted_flag_in_the_fib_is_an_encrypted_failure()
    {
        var e = Fails(DocFixtures.WithEncryptedFlag(), "加密.doc");

        Assert.Equal(FailureReason.Encrypted, e.Reason);
        Assert.Contains("加密.doc", e.Message);
    }

    [Fact]
    public void Sector_chain_pointing_back_at_itself_is_corrupt()
    {
        var e = Fails(DocFixtures.WithDirectoryCycle(), "成环.doc");

        Assert.Equal(FailureReason.Corrupt, e.Reason);
        Assert.Contains("成环", e.Message);
        Assert.Contains("成环.doc", e.Message);
    }

    [Fact]
    public void Allocation_table_where_every_chain_loops_is_corrupt()
    {
        Assert.Equal(FailureReason.Corrupt, Fails(DocFixtures.WithEveryChainLooping()).Reason);
    }

    [Fact]
    public void File_cut_in_half_is_corrupt()
    {
        var doc = DocFixtures.Sample();

        var e = Fails(doc[..(doc.Length / 2)], "截断.doc");

        Assert.Equal(FailureReason.Corrupt, e.Reason);
        Assert.Contains("截断.doc", e.Message);
    }

    [Fact]
    public void Every_truncation_reads_or_fails_with_a_reason()
    {
        var doc = DocFixtures.Sample();
        for (var length = 1; length < doc.Length; length += 97)
        {
            try
            {
                Read(doc[..length]);
            }
            catch (ExtractionException e)
            {
                Assert.True(e.Reason is FailureReason.Corrupt, $"cut at {length}: {e.Reason} {e.Message}");
            }
        }
    }

    [Fact]
    public void Random_byte_damage_never_escapes_as_another_exception()
    {
        var random = new Random(8);
        for (var round = 0; round < 400; round++)
        {
            var doc = DocFixtures.Sample();
            for (var i = 0; i < 1 + round % 16; i++) doc[random.Next(doc.Length)] = (byte)random.Next(256);
            try
            {
                Read(doc);
            }
            catch (ExtractionException e)
            {
                Assert.True(e.Reason is FailureReason.Corrupt or FailureReason.Encrypted or FailureReason.UnsupportedFormat or FailureReason.TooLarge,
                    $"round {round}: {e.Reason}");
            }
        }
    }

    [Fact]
    public void Random_bytes_named_doc_are_corrupt()
    {
        var bytes = new byte[8192];
        new Random(5).NextBytes(bytes);

        Assert.Equal(FailureReason.Corrupt, Fails(bytes).Reason);
    }

    [Fact]
    public void Random_bytes_behind_an_ole_signature_are_corrupt()
    {
        var bytes = new byte[8192];
        new Random(6).NextBytes(bytes);
        DocFixtures.Sample().AsSpan(0, 8).CopyTo(bytes);

        Assert.Equal(FailureReason.Corrupt, Fails(bytes).Reason);
    }

    [Fact]
    public void Streams_read_beyond_the_unpacked_limit_are_too_large()
    {
        var e = Assert.Throws<ExtractionException>(() =>
            Extractor.Extract(new MemoryStream(DocFixtures.Sample()), "示例.doc", ExtractionLimits.Default with { MaxUnpackedBytes = 4096 }));

        Assert.Equal(FailureReason.TooLarge, e.Reason);
    }

    [Fact]
    public void Wps_file_with_the_word_stream_is_read_like_a_doc()
    {
        Assert.StartsWith("示例：关于印发住房公积金管理办法的通知", Read(DocFixtures.Sample(), "示例.wps").Text);
    }

    [Fact]
    public void Wps_file_that_is_not_a_compound_file_is_an_unsupported_variant()
    {
        var e = Fails(Encoding.ASCII.GetBytes("WPS for DOS text"), "早期.wps");

        Assert.Equal(FailureReason.UnsupportedFormat, e.Reason);
        Assert.Contains("早期 WPS", e.Message);
    }

    [Fact]
    public void Docx_saved_under_a_doc_name_is_read_as_docx()
    {
        Assert.StartsWith("关于印发住房公积金管理办法的通知", Read(DocxFixtures.Notice(), "改名.doc").Text);
    }

    [Fact]
    public void Rtf_saved_under_a_doc_name_is_unsupported_and_says_so()
    {
        var e = Fails(Encoding.ASCII.GetBytes(@"{\rtf1\ansi 示例}"), "富文本.doc");

        Assert.Equal(FailureReason.UnsupportedFormat, e.Reason);
        Assert.Contains("RTF", e.Message);
    }
}

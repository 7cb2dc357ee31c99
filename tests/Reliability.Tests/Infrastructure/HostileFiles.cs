using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Reliability.Tests.Infrastructure;

/// <summary>What a hostile file must end as: a recorded failure with one of the reasons, or a document.</summary>
public sealed record HostileFile(string Name, byte[] Bytes, string[] FailureReasons, bool MayIndex = false, string? SearchableWord = null)
{
    public static HostileFile Fails(string name, byte[] bytes, params string[] reasons) => new(name, bytes, reasons);

    /// <summary>Must become a document that the word finds.</summary>
    public static HostileFile Indexes(string name, byte[] bytes, string word) => new(name, bytes, [], true, word);

    /// <summary>Either outcome is acceptable (e.g. a truncated PDF the parser can partly recover), as long as it ends.</summary>
    public static HostileFile Either(string name, byte[] bytes, params string[] reasons) => new(name, bytes, reasons, true);

    public override string ToString() => Name;
}

/// <summary>
/// Generates the hostile files of issue 6. All are made in code except the encrypted PDF
/// (made once with qpdf, committed under Fixtures/, because PdfPig cannot encrypt).
/// </summary>
public static class HostileFiles
{
    /// <summary>Ingest:MaxFileBytes in the tests: above the zip bomb (so its guard, not the size check, stops it).</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;
    private const long BombEntryBytes = 256L * 1024 * 1024;
    private const int BombEntries = 12;

    static HostileFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<HostileFile> All()
    {
        var docx = Fixtures.Docx(Fixtures.Gongwen("张政发〔2019〕901号", "关于文档截断测试的通知", "正文内容用于截断测试。".PadRight(400, '测')).Split('\n'));
        var pdf = TextPdf("Truncation test document with a text layer. ".PadRight(2000, 'x'));
        var rng = new Random(6);
        var noise = new byte[64 * 1024];
        rng.NextBytes(noise);

        return
        [
            HostileFile.Fails("docx/truncated.docx", docx[..(docx.Length / 2)], "Corrupt"),
            HostileFile.Fails("docx/corrupt-crc.docx", FlipMiddle(docx), "Corrupt"),
            HostileFile.Fails("docx/random-bytes.docx", noise, "Corrupt"),
            HostileFile.Fails("docx/zip-bomb.docx", ZipBomb(honest: true), "TooLarge"),
            // The zip reader stops each entry at its declared size, so the lie inflates nothing; only the small document.xml is read.
            HostileFile.Either("docx/zip-bomb-lying-sizes.docx", ZipBomb(honest: false), "TooLarge", "Corrupt"),
            HostileFile.Fails("docx/many-parts.docx", ManyParts(docx, 5000), "TooLarge"),
            HostileFile.Fails("docx/encrypted-ole.docx", EncryptedOffice(), "Encrypted"),
            HostileFile.Fails("docx/not-a-docx.docx", Encoding.UTF8.GetBytes("这不是Word文档，只是改了扩展名的文字。"), "Corrupt"),
            HostileFile.Fails("docx/empty-zip.docx", EmptyZip(), "Corrupt", "Empty"),
            HostileFile.Either("pdf/truncated.pdf", pdf[..(pdf.Length * 2 / 3)], "Corrupt", "NeedsOcr"),
            HostileFile.Fails("pdf/garbage-after-header.pdf", [.. "%PDF-1.7\n"u8, .. noise], "Corrupt"),
            HostileFile.Fails("pdf/encrypted.pdf", EncryptedPdf(), "Encrypted"),
            HostileFile.Fails("pdf/no-text-layer.pdf", ShapesOnlyPdf(), "NeedsOcr", "Empty"),
            HostileFile.Fails("empty/zero.txt", [], "Empty"),
            HostileFile.Fails("empty/zero.docx", [], "Empty"),
            HostileFile.Fails("empty/zero.pdf", [], "Empty"),
            HostileFile.Fails("empty/whitespace.txt", Encoding.UTF8.GetBytes(" \n\r\n\t　\n"), "Empty"),
            HostileFile.Fails("txt/binary.txt", noise, "Corrupt"),
            HostileFile.Fails("txt/elf-binary.txt", [0x7F, .. "ELF"u8, 2, 1, 1, 0, .. noise[..4096]], "Corrupt"),
            HostileFile.Fails("txt/huge.txt", HugeText(), "TooLarge"),
            HostileFile.Indexes("txt/invalid-utf8.txt", InvalidUtf8(), "坏字节测试"),
            HostileFile.Indexes("txt/gbk.txt", Fixtures.Gbk(Fixtures.Gongwen("张政发〔2019〕903号", "关于国标编码文件测试的通知", "国标编码正文。")), "国标编码"),
            HostileFile.Either("txt/mixed-encodings.txt", MixedEncodings(), "Corrupt"),
            HostileFile.Indexes("txt/utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Fixtures.Gongwen("张政发〔2019〕904号", "关于双字节编码测试的通知", "双字节编码正文。"))], "双字节编码"),
            HostileFile.Fails("html/nested-100k.html", NestedHtml(100_000, "<div>", "</div>", "深层嵌套页面正文"), "TooLarge"),
            HostileFile.Fails("html/nested-content-class.html", NestedHtml(20_000, "<div class=\"content\">", "</div>", "内容类嵌套正文"), "TooLarge"),
            HostileFile.Fails("html/nested-unclosed.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<b><i><span>", 30_000)) + "未闭合标签正文，政府信息公开。"), "TooLarge"),
            HostileFile.Indexes("html/nested-900.html", NestedHtml(900, "<div class=\"content\">", "</div>", "九百层嵌套正文"), "九百层嵌套"),
            HostileFile.Indexes("html/flat-50k.html", FlatHtml(50_000, "五万段落正文"), "五万段落"),
            HostileFile.Indexes("html/malformed.html", MalformedHtml(), "畸形网页"),
            HostileFile.Fails("html/unclosed-script.html", Encoding.UTF8.GetBytes("<html><head><script>var s = '<p>脚本没有闭合，后面的一切都是脚本</p>';\n<body><p>看不见的正文</p>"), "Empty"),
            HostileFile.Indexes("names/带 空格 的 文件名.txt", Utf8Gongwen("905", "空格文件名"), "空格文件名"),
            HostileFile.Indexes("names/中文目录/政府信息公开（第1号）.txt", Utf8Gongwen("906", "中文路径"), "中文路径"),
            HostileFile.Indexes("names/a..b.txt", Utf8Gongwen("907", "双点文件名"), "双点文件名"),
            HostileFile.Indexes("names/x..y/文件..txt", Utf8Gongwen("908", "双点目录"), "双点目录"),
            HostileFile.Indexes("names/%2e%2e%2fescape.txt", Utf8Gongwen("909", "百分号文件名"), "百分号文件名"),
            // .doc/.wps are read since the in-process Word binary reader; an unknown extension is still refused.
            HostileFile.Fails("names/unknown.xyz", Encoding.UTF8.GetBytes("xyz"), "UnsupportedFormat"),
            HostileFile.Fails("doc/not-ole.wps", Encoding.UTF8.GetBytes("wps"), "UnsupportedFormat"),
            HostileFile.Fails("doc/random-bytes.doc", noise, "Corrupt"),
            HostileFile.Fails("doc/ole-signature-then-noise.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. noise], "Corrupt"),
        ];
    }

    private static byte[] Utf8Gongwen(string serial, string word) =>
        Encoding.UTF8.GetBytes(Fixtures.Gongwen($"张政发〔2019〕{serial}号", $"关于{word}测试的通知", $"{word}测试正文，政府信息公开。"));

    /// <summary>A PDF whose only page content is text in a standard font.</summary>
    public static byte[] TextPdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        for (var i = 0; i * 80 < text.Length && i < 40; i++)
            page.AddText(text.Substring(i * 80, Math.Min(80, text.Length - i * 80)), 9, new PdfPoint(20, 800 - i * 14), font);
        return builder.Build();
    }

    /// <summary>A scan-like PDF: drawings only, no text at all.</summary>
    public static byte[] ShapesOnlyPdf()
    {
        var builder = new PdfDocumentBuilder();
        for (var p = 0; p < 3; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < 20; i++) page.DrawRectangle(new PdfPoint(20 + i * 10, 20 + i * 30), 200, 20, 1, fill: i % 2 == 0);
        }
        return builder.Build();
    }

    public static byte[] EncryptedPdf() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "encrypted.pdf"));

    private static byte[] FlipMiddle(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = copy.Length / 3; i < copy.Length / 3 + 64; i++) copy[i] ^= 0x5A;
        return copy;
    }

    private static readonly Lazy<(byte[] Deflated, uint Crc)> BombBlock = new(() => ZipWriter.DeflatedZeros(BombEntryBytes));

    /// <summary>
    /// A valid minimal docx plus entries of deflated zeros: ~3 GB unpacked from a few MB.
    /// The lying variant declares 1 KB per entry, so only counting what inflates catches it.
    /// </summary>
    public static byte[] ZipBomb(bool honest)
    {
        var zip = new ZipWriter();
        zip.AddStored("[Content_Types].xml", Encoding.UTF8.GetBytes(
            """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""));
        zip.AddStored("_rels/.rels", Encoding.UTF8.GetBytes(
            """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""));
        zip.AddStored("word/document.xml", Encoding.UTF8.GetBytes(
            """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>炸弹</w:t></w:r></w:p></w:body></w:document>"""));
        var (block, crc) = BombBlock.Value;
        for (var i = 0; i < BombEntries; i++)
            zip.AddDeflated($"word/media/zeros{i}.bin", block, crc, honest ? (uint)BombEntryBytes : 1024);
        return zip.ToArray();
    }

    public static long ZipBombUnpackedBytes => BombEntryBytes * BombEntries;

    private static byte[] ManyParts(byte[] docx, int parts)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < parts; i++)
            {
                using var s = zip.CreateEntry($"customXml/item{i}.xml", CompressionLevel.Fastest).Open();
                s.Write("<a/>"u8);
            }
        }
        return ms.ToArray();
    }

    private static byte[] EmptyZip()
    {
        using var ms = new MemoryStream();
        using (new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true)) { }
        return ms.ToArray();
    }

    /// <summary>What Office writes for a password-protected .docx: an OLE compound file with an EncryptionInfo stream.</summary>
    private static byte[] EncryptedOffice()
    {
        var bytes = new byte[4096];
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        ole.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        return bytes;
    }

    private static byte[] HugeText()
    {
        var line = Encoding.UTF8.GetBytes("超过大小上限的文本文件。政府信息公开目录。\n");
        var bytes = new byte[MaxFileBytes + 512 * 1024];
        for (var i = 0; i + line.Length <= bytes.Length; i += line.Length) line.CopyTo(bytes, i);
        return bytes;
    }

    /// <summary>UTF-8 Chinese text with a few stray bytes (a file damaged in transfer).</summary>
    private static byte[] InvalidUtf8()
    {
        var text = Fixtures.Gongwen("张政发〔2019〕902号", "关于坏字节测试的通知", string.Concat(Enumerable.Repeat("坏字节测试正文，政府信息公开目录。", 60)));
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.InsertRange(bytes.Count / 2, [0xFF, 0xC3]);
        bytes.InsertRange(bytes.Count / 3, [0xE4, 0xB8]);
        return [.. bytes];
    }

    /// <summary>A GBK half and a UTF-8 half in one file (a file assembled by copy and paste between systems).</summary>
    private static byte[] MixedEncodings() =>
        [.. Fixtures.Gbk("国标编码的前半部分，政府信息公开。\n"), .. Encoding.UTF8.GetBytes("统一码的后半部分，政府信息公开。\n")];

    private static byte[] NestedHtml(int depth, string open, string close, string text)
    {
        var sb = new StringBuilder(depth * (open.Length + close.Length) + 200);
        sb.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(text).Append("</title></head><body>");
        for (var i = 0; i < depth; i++) sb.Append(open);
        sb.Append("<p>").Append(text).Append("，本页用于测试极深的嵌套结构，政府信息公开目录检索。</p>");
        for (var i = 0; i < depth; i++) sb.Append(close);
        sb.Append("</body></html>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static byte[] FlatHtml(int paragraphs, string text)
    {
        var sb = new StringBuilder("<html><body><div id=\"zoom\">");
        sb.Append("<p>").Append(text).Append("，本页有极多的空段落，政府信息公开目录检索。</p>");
        for (var i = 0; i < paragraphs; i++) sb.Append("<p></p><div></div>");
        return Encoding.UTF8.GetBytes(sb.Append("</div></body></html>").ToString());
    }

    private static byte[] MalformedHtml() => Encoding.UTF8.GetBytes(
        """
        <html><head><meta charset=gbk2312-bogus><title>畸形网页测试</title><script>document.write("<p>脚本")</script>
        <body><<<>>><div class=content id=zoom <p>畸形网页测试正文，标签没有闭合，属性没有引号
        <table><td>单元格<td><tr>行</table></table></table><p/><br/></br><!-- 未闭合注释
        <p>第二段畸形网页测试正文，政府信息公开目录检索。&bogus; &#xFFFFFFFF; &#0; \0
        """);
}

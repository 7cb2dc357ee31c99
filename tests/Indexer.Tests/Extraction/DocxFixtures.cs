using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Indexer.Tests.Extraction;

/// <summary>Builds .docx files in memory with OpenXml, and hostile zips by hand.</summary>
internal static class DocxFixtures
{
    public static byte[] Notice(string? coreTitle = null)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(P("某市人民政府办公室文件"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(P("— 1 —"));
            var notes = main.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(
                new Footnote(P("")) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(P("")) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Footnote(P("本办法自2024年1月1日起施行。")) { Id = 1 });

            var table = new Table(
                Row("序号", "事项", "责任单位"),
                Row("1", "住房公积金提取", "市公积金中心"));
            main.Document = new Document(new Body(
                P("关于印发住房公积金管理办法的通知"),
                P("某政办发〔2024〕3号"),
                new Paragraph(new Run(new Text("各区人民政府：")), new Run(new FootnoteReference { Id = 1 })),
                table,
                P("现印发给你们，请认真贯彻执行。"),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) })));
            if (coreTitle is not null) doc.PackageProperties.Title = coreTitle;
        }
        return ms.ToArray();
    }

    /// <summary>A valid docx plus one entry of <paramref name="zeroBytes"/> zeros (a few hundred KB compressed).</summary>
    public static byte[] WithZeroEntry(long zeroBytes)
    {
        using var ms = new MemoryStream();
        ms.Write(Notice());
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize);
            using var s = entry.Open();
            var block = new byte[1 << 20];
            for (long written = 0; written < zeroBytes; written += block.Length) s.Write(block);
        }
        return ms.ToArray();
    }

    /// <summary>A docx with many tiny parts.</summary>
    public static byte[] WithExtraEntries(int count)
    {
        using var ms = new MemoryStream();
        ms.Write(Notice());
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
            for (var i = 0; i < count; i++) zip.CreateEntry($"customXml/item{i}.xml");
        return ms.ToArray();
    }

    /// <summary>The start of an OLE compound file, as Office writes a password-protected .docx.</summary>
    public static byte[] EncryptedOle()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        System.Text.Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        return bytes;
    }

    private static Paragraph P(string text) => new(new Run(new Text(text)));

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(P(c))).Cast<OpenXmlElement>());
}

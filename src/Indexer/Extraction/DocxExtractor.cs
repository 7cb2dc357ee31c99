using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Core.Domain;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// .docx: body paragraphs and tables in document order, then footnotes and endnotes; headers and
/// footers go to <see cref="ExtractedDocument.HeaderFooter"/> so 页眉 text does not pollute the body.
/// </summary>
public sealed class DocxExtractor : IDocumentExtractor
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public ExtractedDocument Extract(Stream content, string fileName, ExtractionLimits limits)
    {
        var bytes = TextDecoding.ReadAll(content, limits.MaxFileBytes);
        ZipGuard.Check(bytes, fileName, limits);
        try
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var main = doc.MainDocumentPart
                ?? throw new ExtractionException(FailureReason.Corrupt, $"{fileName} 缺少正文部件（不是 Word 文档）");

            var text = new StringBuilder();
            if (main.Document?.Body is { } body) AppendBlocks(body, text);
            AppendNotes(main.FootnotesPart?.Footnotes?.Elements<Footnote>(), text);
            AppendNotes(main.EndnotesPart?.Endnotes?.Elements<Endnote>(), text);

            var headerFooter = ReadHeadersAndFooters(main);
            var bodyText = text.ToString().TrimEnd('\n');
            var given = DocxTitle.IsMeaningful(doc.PackageProperties.Title, bodyText)
                ? new ProvidedMetadata { Title = doc.PackageProperties.Title!.Trim() }
                : ProvidedMetadata.Empty;
            return new ExtractedDocument(bodyText, given, headerFooter);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException
                                      or System.Xml.XmlException or InvalidOperationException)
        {
            throw new ExtractionException(FailureReason.Corrupt, $"{fileName} 已损坏，无法作为 Word 文档读取：{e.Message}", e);
        }
    }

    private static void AppendBlocks(OpenXmlElement container, StringBuilder sb)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    sb.Append(ParagraphText(p)).Append('\n');
                    break;
                case Table t:
                    AppendTable(t, sb);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } inner:
                    AppendBlocks(inner, sb);
                    break;
                case CustomXmlBlock custom:
                    AppendBlocks(custom, sb);
                    break;
            }
        }
    }

    /// <summary>One table row per line, cells separated by a tab; nested tables are flattened into their cell.</summary>
    private static void AppendTable(Table table, StringBuilder sb)
    {
        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
        {
            var cells = row.Elements<TableCell>()
                .Select(c => string.Join(" ", c.Descendants<Paragraph>().Select(ParagraphText).Where(s => s.Length > 0)));
            var line = string.Join("\t", cells);
            if (line.Trim().Length > 0) sb.Append(line).Append('\n');
        }
    }

    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                // Text inside a nested paragraph (text box) is reached through that paragraph's own runs.
                case Text t when t.Ancestors<Paragraph>().First() == p:
                    sb.Append(t.Text);
                    break;
                case TabChar when e.Ancestors<Paragraph>().First() == p:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn when e.Ancestors<Paragraph>().First() == p:
                    sb.Append('\n');
                    break;
                case Paragraph nested:
                    sb.Append(' ').Append(ParagraphText(nested));
                    break;
            }
        }
        return sb.ToString();
    }

    private static void AppendNotes(IEnumerable<FootnoteEndnoteType>? notes, StringBuilder sb)
    {
        if (notes is null) return;
        // Ids -1/0 and typed notes are the separator lines Word keeps in every footnotes part.
        foreach (var note in notes.Where(n => n.Type is null || n.Type.Value == FootnoteEndnoteValues.Normal))
        {
            var text = string.Join(" ", note.Elements<Paragraph>().Select(ParagraphText)).Trim();
            if (text.Length > 0) sb.Append(text).Append('\n');
        }
    }

    private static string? ReadHeadersAndFooters(MainDocumentPart main)
    {
        var parts = main.HeaderParts.Select(h => h.Header as OpenXmlElement)
            .Concat(main.FooterParts.Select(f => f.Footer as OpenXmlElement))
            .Where(e => e is not null);
        var lines = new List<string>();
        foreach (var part in parts)
            foreach (var p in part!.Elements<Paragraph>())
            {
                var line = ParagraphText(p).Trim();
                if (line.Length > 0 && !lines.Contains(line)) lines.Add(line);
            }
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}

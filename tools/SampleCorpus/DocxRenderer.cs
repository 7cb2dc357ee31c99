using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Tools.SampleCorpus;

/// <summary>
/// A .docx laid out after GB/T 9704-2012: red 发文机关标志, centered 文号 over a red rule, bold
/// centered title, 仿宋 body with a two-character first-line indent, 黑体/楷体 headings.
/// Every run is tagged zh-CN: without it LibreOffice picks the Japanese face for the PDFs.
/// </summary>
public static partial class DocxRenderer
{
    private const string Red = "C00000";

    private sealed record Faces(string Display, string Body, string Heading, string Subheading);

    private static readonly Faces OfficialFaces = new("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312");
    private static readonly Faces InstalledFaces = new("Noto Serif CJK SC", "Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Serif CJK SC");

    /// <param name="installedFaces">
    /// For the staged .docx that LibreOffice turns into a PDF: name the Noto CJK SC faces instead of the
    /// official 仿宋_GB2312/黑体, which are not installed, so that fontconfig cannot fall back to the JP face.
    /// </param>
    public static byte[] Render(SampleDefinition sample, bool installedFaces = false)
    {
        var faces = installedFaces ? InstalledFaces : OfficialFaces;
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // A fixed relationship id: the default one is random and would change the bytes on every run.
            var main = document.AddNewPart<MainDocumentPart>(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var body = new Body();
            foreach (var line in sample.Body) body.Append(Paragraph(line, faces));
            body.Append(PageSetup());
            main.Document = new Document(body);
        }
        return DeterministicZip.Normalise(stream.ToArray());
    }

    private static Paragraph Paragraph(BodyLine line, Faces f) => line.Kind switch
    {
        BodyLineKind.OrganMark => Make(line.Text, JustificationValues.Center, f.Display, 60, bold: false, color: Red, spacing: 120),
        BodyLineKind.Title => Make(line.Text, JustificationValues.Center, f.Display, 44, bold: true),
        BodyLineKind.Centered => Make(line.Text, JustificationValues.Center, f.Body, 32),
        BodyLineKind.Rule => RedRule(),
        BodyLineKind.Right => Make(line.Text, JustificationValues.Right, f.Body, 32),
        BodyLineKind.FlushLeft => Make(line.Text, JustificationValues.Left, f.Body, 32),
        BodyLineKind.Blank => Make("", JustificationValues.Left, f.Body, 32),
        _ when FirstLevelHeading().IsMatch(line.Text) => Make(line.Text, JustificationValues.Both, f.Heading, 32, indent: true),
        _ when SecondLevelHeading().IsMatch(line.Text) => Make(line.Text, JustificationValues.Both, f.Subheading, 32, indent: true),
        _ => Make(line.Text, JustificationValues.Both, f.Body, 32, indent: true),
    };

    private static Paragraph Make(string text, JustificationValues justification, string font, int halfPoints,
        bool bold = false, string? color = null, int spacing = 0, bool indent = false)
    {
        var properties = new ParagraphProperties(new Justification { Val = justification });
        if (spacing > 0) properties.Append(new SpacingBetweenLines { After = spacing.ToString() });
        if (indent) properties.Append(new Indentation { FirstLineChars = 200 });

        // Child order follows the schema (rFonts, b, color, sz, szCs, lang); Word rejects other orders.
        var run = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font });
        if (bold) run.Append(new Bold());
        if (color is not null) run.Append(new Color { Val = color });
        run.Append(
            new FontSize { Val = halfPoints.ToString() },
            new FontSizeComplexScript { Val = halfPoints.ToString() },
            new Languages { Val = "en-US", EastAsia = "zh-CN" });
        var paragraph = new Paragraph(properties);
        if (text.Length > 0) paragraph.Append(new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Paragraph RedRule() => new(new ParagraphProperties(
        new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Color = Red, Space = 1 })));

    /// <summary>A4 with the margins of GB/T 9704: 37 mm top, 28 mm left (in twentieths of a point).</summary>
    private static SectionProperties PageSetup() => new(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 });

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex FirstLevelHeading();

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）")]
    private static partial Regex SecondLevelHeading();
}

using System.Text;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Indexer.Tests.Extraction;

/// <summary>
/// Writes small PDFs for tests. The Chinese ones use a Type0 font that is referenced, not embedded
/// (extraction needs only the character codes and the ToUnicode map), so no CJK font file is needed
/// and the fixture stays a few hundred bytes.
/// </summary>
internal static class PdfFixtures
{
    /// <summary>A PDF whose pages show the given lines; each char is one glyph, mapped to Unicode.</summary>
    public static byte[] Chinese(params string[][] pages) => Build(pages, withUnicodeMap: true);

    /// <summary>
    /// The same layout with glyph ids 1, 2, 3 … and no ToUnicode map — what subset fonts in many
    /// government PDFs look like: the text layer decodes to control characters.
    /// </summary>
    public static byte[] WithoutUnicodeMap(params string[][] pages) => Build(pages, withUnicodeMap: false);

    /// <summary>A page with only a drawn rectangle: a stand-in for a scan.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600);
        return builder.Build();
    }

    private static byte[] Build(string[][] pages, bool withUnicodeMap)
    {
        var chars = pages.SelectMany(p => p).SelectMany(l => l).Distinct().ToList();
        int Code(char c) => withUnicodeMap ? c : chars.IndexOf(c) + 1;

        var objects = new List<string>();
        // 1 catalog, 2 pages, 3 font, 4 CIDFont, 5 descriptor, 6 ToUnicode, then page/content pairs.
        var firstPage = 7;
        var kids = string.Join(" ", pages.Select((_, i) => $"{firstPage + 2 * i} 0 R"));
        objects.Add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.Add($"<< /Type /Pages /Kids [{kids}] /Count {pages.Length} >>");
        objects.Add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R]"
                    + (withUnicodeMap ? " /ToUnicode 6 0 R" : "") + " >>");
        objects.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>");
        objects.Add("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>");
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        cmap.Append($"{chars.Count} beginbfchar\n");
        foreach (var c in chars) cmap.Append($"<{Code(c):X4}> <{(int)c:X4}>\n");
        cmap.Append("endbfchar endcmap CMapName currentdict /CMap defineresource pop end end");
        objects.Add(Stream(cmap.ToString()));
        for (var i = 0; i < pages.Length; i++)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {firstPage + 2 * i + 1} 0 R >>");
            var content = new StringBuilder("BT /F1 16 Tf 18 TL 60 780 Td\n");
            foreach (var line in pages[i])
                content.Append('<').Append(string.Concat(line.Select(c => Code(c).ToString("X4")))).Append("> Tj T*\n");
            content.Append("ET");
            objects.Add(Stream(content.ToString()));
        }
        return Serialise(objects);
    }

    private static string Stream(string data) => $"<< /Length {Encoding.ASCII.GetByteCount(data)} >>\nstream\n{data}\nendstream";

    private static byte[] Serialise(List<string> objects)
    {
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}

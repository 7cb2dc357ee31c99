using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.TestSupport;

/// <summary>Test files made in code: .docx with OpenXml, GBK text with the GB18030 encoder, a 公文 in text form.</summary>
public static class Fixtures
{
    static Fixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Docx(params string[] paragraphs)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p =>
                new Paragraph(new Run(new RunProperties(new Languages { EastAsia = "zh-CN" }), new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return ms.ToArray();
    }

    public static byte[] Gbk(string text) => Encoding.GetEncoding("GB18030").GetBytes(text);

    /// <summary>A short 公文 in the usual layout: organ line, 文号, title, 主送, body, 落款, date, openness marker.</summary>
    public static string Gongwen(string docNumber, string title, string body, string organ = "张店区人民政府",
        string date = "2017年3月5日", string openness = "此件公开发布") =>
        $"""
         {organ}文件

         {docNumber}

         {title}

         各镇人民政府、街道办事处，区政府各部门：
         {body}

         {organ}
         {date}
         （{openness}）
         """;
}

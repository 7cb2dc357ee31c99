using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.SearchApi.Staff.Answer;

/// <summary>The reply as a .docx: heading 政府信息公开申请答复书（草稿）, the reply paragraph, and the citation list.</summary>
public static class ReplyDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Heading = "政府信息公开申请答复书（草稿）";

    public static byte[] Build(AnswerResponse answer)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(Heading, bold: true, centered: true, size: 36));
            body.Append(Paragraph(answer.Reply));
            if (answer.Candidates.Count > 0)
            {
                body.Append(Paragraph("引用文件：", bold: true));
                var i = 1;
                foreach (var c in answer.Candidates.Select(c => c.Citation))
                {
                    var parts = new[]
                    {
                        $"{i++}. 《{c.Title}》", c.DocNumber is null ? null : $"文号：{c.DocNumber}", c.Organ is null ? null : $"发布机构：{c.Organ}",
                        c.WrittenDate is null ? null : $"成文日期：{c.WrittenDate}", c.PublishedDate is null ? null : $"发布日期：{c.PublishedDate}",
                        c.IndexNumber is null ? null : $"索引号：{c.IndexNumber}", $"链接：{c.Link}",
                    };
                    body.Append(Paragraph(string.Join("；", parts.Where(p => p is not null))));
                }
            }
            main.Document = new Document(body);
        }
        return ms.ToArray();
    }

    private static Paragraph Paragraph(string text, bool bold = false, bool centered = false, int size = 28)
    {
        // eastAsia=zh-CN so that Word picks a Chinese face (otherwise it may render with a Japanese one).
        var props = new RunProperties(new Languages { EastAsia = "zh-CN" }, new FontSize { Val = size.ToString() });
        if (bold) props.Append(new Bold());
        var p = new Paragraph(new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (centered) p.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        return p;
    }
}

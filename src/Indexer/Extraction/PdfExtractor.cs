using System.Text;
using Gongkai.Core.Domain;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// .pdf via PdfPig: text in content order (keeps lines and table rows), cleaned of CJK spacing and
/// hard wraps. A PDF without a usable text layer is refused as <see cref="FailureReason.NeedsOcr"/>
/// rather than indexed as empty or garbled text.
/// </summary>
public sealed class PdfExtractor : IDocumentExtractor
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public ExtractedDocument Extract(Stream content, string fileName, ExtractionLimits limits)
    {
        var bytes = TextDecoding.ReadAll(content, limits.MaxFileBytes);
        var text = new StringBuilder();
        int pages;
        try
        {
            using var doc = PdfDocument.Open(bytes);
            pages = doc.NumberOfPages;
            for (var i = 1; i <= pages; i++)
            {
                var page = doc.GetPage(i);
                var pageText = PdfTextCleaner.CleanPage(ContentOrderTextExtractor.GetText(page));
                if (pageText.Length > 0) text.Append(pageText).Append('\n');
                if (text.Length > limits.MaxTextChars) break;
            }
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ExtractionException(FailureReason.Encrypted, $"{fileName} 已加密（需要密码），无法读取", e);
        }
        catch (Exception e) when (e is not (ExtractionException or OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig reports damage through a spread of exception types (PdfDocumentFormatException,
            // font, stream and index errors deep in the parser); for a file all mean "cannot parse".
            throw new ExtractionException(FailureReason.Corrupt, $"{fileName} 已损坏或不完整，无法作为 PDF 读取：{e.Message}", e);
        }

        var result = text.ToString().TrimEnd('\n');
        var verdict = PdfTextQuality.Judge(result, pages);
        if (!verdict.Usable)
            throw new ExtractionException(FailureReason.NeedsOcr, $"{fileName} 需要 OCR：{verdict.Reason}");
        return new ExtractedDocument(result, ProvidedMetadata.Empty);
    }
}

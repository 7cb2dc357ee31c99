using System.Text;
using Gongkai.Core.Domain;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Word 97–2003 .doc and Kingsoft WPS .wps (an OLE2 file with the same WordDocument stream): the
/// main document as the body, footnotes after it, headers/footers kept apart as in
/// <see cref="DocxExtractor"/>. Read in process from the binary format; no converter is run.
/// </summary>
public sealed class DocExtractor : IDocumentExtractor
{
    public IReadOnlyCollection<string> Extensions { get; } = [".doc", ".wps"];

    public ExtractedDocument Extract(Stream content, string fileName, ExtractionLimits limits)
    {
        var bytes = TextDecoding.ReadAll(content, limits.MaxFileBytes);
        if (!bytes.AsSpan().StartsWith(CompoundFile.Signature)) return NotCompound(bytes, fileName, limits);
        try
        {
            return Read(bytes, fileName, limits);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or OverflowException or InvalidCastException)
        {
            // Every offset is checked on the way in; this is the backstop for a combination of
            // hostile fields the checks missed, so that it is still recorded as a damaged file.
            throw new ExtractionException(FailureReason.Corrupt, $"{fileName} 已损坏，无法作为 Word 文档读取：{e.Message}", e);
        }
    }

    private static ExtractedDocument Read(byte[] bytes, string fileName, ExtractionLimits limits)
    {
        var file = CompoundFile.Open(bytes, fileName, limits.MaxUnpackedBytes);
        var names = file.RootNames;
        if (names.Contains("EncryptionInfo", StringComparer.OrdinalIgnoreCase))
            throw new ExtractionException(FailureReason.Encrypted, $"{fileName} 受密码保护（加密的 Office 文档），无法读取");

        var wordDocument = file.ReadStream("WordDocument") ?? throw NotWord(fileName, names);
        var fib = WordFib.Read(wordDocument, fileName);
        if (fib.Encrypted)
            throw new ExtractionException(FailureReason.Encrypted, $"{fileName} 受密码保护（加密的 Word 文档），无法读取");
        var table = file.ReadStream(fib.TableStream)
            ?? throw new ExtractionException(FailureReason.Corrupt, $"{fileName} 已损坏，无法作为 Word 文档读取：缺少 {fib.TableStream} 流");

        var pieces = WordPieceTable.Read(table, fib, wordDocument.Length, fileName);
        var rowEnds = WordRowEnds.Read(table, wordDocument, fib);
        var max = limits.MaxTextChars;
        var body = WordStoryText.Render(pieces.Characters(wordDocument, 0, fib.CcpText), rowEnds, max);
        var footnotesStart = fib.CcpText;
        var headersStart = footnotesStart + fib.CcpFtn;
        var notes = WordStoryText.Render(pieces.Characters(wordDocument, footnotesStart, headersStart), rowEnds, max);
        var headers = WordStoryText.Render(pieces.Characters(wordDocument, headersStart, headersStart + fib.CcpHdd), rowEnds, max);

        var text = new StringBuilder(body.TrimEnd());
        foreach (var line in Lines(notes)) text.Append('\n').Append(line);
        var headerLines = Lines(headers).Distinct().ToList();
        return new ExtractedDocument(text.ToString(), ProvidedMetadata.Empty, headerLines.Count == 0 ? null : string.Join("\n", headerLines));
    }

    private static IEnumerable<string> Lines(string story) =>
        story.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static ExtractionException NotWord(string fileName, IReadOnlyList<string> names)
    {
        var kind = names.Contains("Workbook", StringComparer.OrdinalIgnoreCase) || names.Contains("Book", StringComparer.OrdinalIgnoreCase) ? "实为 Excel 表格"
            : names.Contains("PowerPoint Document", StringComparer.OrdinalIgnoreCase) ? "实为 PowerPoint 演示文稿"
            : names.Contains("CONTENTS", StringComparer.OrdinalIgnoreCase) ? "是 Microsoft Works 等其他格式"
            : "不含 WordDocument 流";
        return new ExtractionException(FailureReason.UnsupportedFormat,
            $"{fileName}：OLE 复合文档{kind}，不是 Word/WPS 文字文档（含 {string.Join("、", names.Take(6))}）");
    }

    /// <summary>
    /// Sites often serve other formats under .doc: a .docx renamed, an RTF or a Word-saved web page.
    /// The readable ones go to their own extractor; the rest fail with a reason that names the format.
    /// </summary>
    private static ExtractedDocument NotCompound(byte[] bytes, string fileName, ExtractionLimits limits)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        if (head.StartsWith("PK\u0003\u0004", StringComparison.Ordinal))
            return new DocxExtractor().Extract(new MemoryStream(bytes, writable: false), fileName, limits);
        if (head.StartsWith("{\\rtf", StringComparison.Ordinal))
            throw new ExtractionException(FailureReason.UnsupportedFormat, $"{fileName} 实为 RTF 格式，暂不支持；请另存为 .docx");
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase))
            return new HtmlExtractor().Extract(new MemoryStream(bytes, writable: false), fileName, limits);
        if (fileName.EndsWith(".wps", StringComparison.OrdinalIgnoreCase))
            throw new ExtractionException(FailureReason.UnsupportedFormat,
                $"{fileName} 不是 OLE 复合文档，可能是早期 WPS（WPS 97 以前）格式，暂不支持；请另存为 .docx");
        if (bytes.AsSpan().StartsWith(CompoundFile.Signature[..4]))
            throw new ExtractionException(FailureReason.Corrupt, $"{fileName} 已损坏，无法作为 OLE 复合文档读取：文件头不完整");
        throw new ExtractionException(FailureReason.Corrupt, $"{fileName} 不是 Word 文档（文件头不是 OLE 复合文档），已损坏或扩展名与内容不符");
    }
}

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Chooses the extractor by extension and enforces the limits every format shares: size, empty
/// file, empty result, I/O errors as transient. Anything without an extractor (.doc, .wps …) is
/// an "unsupported format" failure naming the extension.
/// </summary>
public sealed class DocumentExtractors
{
    private readonly Dictionary<string, IDocumentExtractor> _byExtension;

    public DocumentExtractors() : this([new DocxExtractor(), new PdfExtractor(), new HtmlExtractor(), new TextExtractor()]) { }

    public DocumentExtractors(IEnumerable<IDocumentExtractor> extractors) =>
        _byExtension = extractors.SelectMany(e => e.Extensions.Select(x => (x, e))).ToDictionary(p => p.x, p => p.e, StringComparer.OrdinalIgnoreCase);

    public bool IsSupported(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    public ExtractedDocument Extract(string path, ExtractionLimits limits)
    {
        var name = Path.GetFileName(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (!_byExtension.TryGetValue(ext, out var extractor))
            throw new ExtractionException(FailureReason.UnsupportedFormat,
                $"{name}：不支持的格式 {(ext.Length > 0 ? ext : "（无扩展名）")}，可转换为 .docx 或 .pdf 后重新上传");

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException e) { throw new ExtractionException(FailureReason.Transient, $"{name}：文件暂时无法打开（{e.Message}）", e); }
        catch (IOException e) { throw new ExtractionException(FailureReason.Transient, $"{name}：文件暂时无法读取（{e.Message}）", e); }
        catch (UnauthorizedAccessException e) { throw new ExtractionException(FailureReason.Transient, $"{name}：没有读取权限（{e.Message}）", e); }

        using (stream)
        {
            if (stream.Length == 0) throw new ExtractionException(FailureReason.Empty, $"{name}：文件为空（0 字节）");
            if (stream.Length > limits.MaxFileBytes)
                throw new ExtractionException(FailureReason.TooLarge, $"{name}：文件 {stream.Length / 1024 / 1024.0:F1} MB，超过上限 {limits.MaxFileBytes / 1024 / 1024} MB");
            ExtractedDocument doc;
            try
            {
                doc = extractor.Extract(stream, name, limits);
            }
            catch (IOException e) when (e is not EndOfStreamException)
            {
                throw new ExtractionException(FailureReason.Transient, $"{name}：读取时出错（{e.Message}）", e);
            }
            if (string.IsNullOrWhiteSpace(doc.Text)) throw new ExtractionException(FailureReason.Empty, $"{name}：没有可索引的文字");
            return doc.Text.Length > limits.MaxTextChars ? doc with { Text = doc.Text[..limits.MaxTextChars] } : doc;
        }
    }
}

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Picks the extractor for a file by extension and applies the rules common to all formats:
/// size limits, empty files and text, unsupported formats, I/O trouble as a retryable failure.
/// </summary>
public sealed class DocumentExtractors
{
    private static readonly IDocumentExtractor[] Defaults =
        [new DocxExtractor(), new DocExtractor(), new PdfExtractor(), new HtmlExtractor(), new TextExtractor()];

    private static readonly Dictionary<string, IDocumentExtractor> DefaultByExtension = Index(Defaults);

    private readonly Dictionary<string, IDocumentExtractor> _byExtension;

    public DocumentExtractors() => _byExtension = DefaultByExtension;

    public DocumentExtractors(IEnumerable<IDocumentExtractor> extractors) => _byExtension = Index(extractors);

    /// <summary>Whether the default extractors read this file's format (by extension, any case).</summary>
    public static bool IsSupported(string path) => DefaultByExtension.ContainsKey(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Reads a file; throws <see cref="ExtractionException"/> with a reason on any failure.</summary>
    public ExtractedDocument Extract(string path, ExtractionLimits limits)
    {
        var fileName = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!_byExtension.TryGetValue(extension, out var extractor))
        {
            var shown = extension.Length == 0 ? "（无扩展名）" : extension;
            throw new ExtractionException(FailureReason.UnsupportedFormat,
                $"{fileName}：不支持的格式 {shown}（可读取 {string.Join(" ", _byExtension.Keys.Order())}）");
        }

        ExtractedDocument document;
        try
        {
            // Unbuffered: every extractor reads the file whole, once (TextDecoding.ReadAll).
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            if (stream.Length == 0) throw new ExtractionException(FailureReason.Empty, $"{fileName} 是空文件（0 字节）");
            if (stream.Length > limits.MaxFileBytes)
                throw new ExtractionException(FailureReason.TooLarge,
                    $"{fileName} 有 {stream.Length / (1024 * 1024)} MB，超过 {limits.MaxFileBytes / (1024 * 1024)} MB 的上限");
            document = extractor.Extract(stream, fileName, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Missing files are not retried forever: FileNotFound is an IOException too, but the
            // scanner will not enqueue it again, and a locked or half-copied file is worth a retry.
            throw new ExtractionException(FailureReason.Transient, $"{fileName} 暂时无法读取：{e.Message}", e);
        }

        var text = document.Text.Trim();
        if (text.Length == 0) throw new ExtractionException(FailureReason.Empty, $"{fileName} 没有可提取的文字");
        if (text.Length > limits.MaxTextChars)
        {
            // Never cut between the halves of a surrogate pair (CJK extension B characters).
            var cut = char.IsHighSurrogate(text[limits.MaxTextChars - 1]) ? limits.MaxTextChars - 1 : limits.MaxTextChars;
            text = text[..cut];
        }
        return document with { Text = text };
    }

    private static Dictionary<string, IDocumentExtractor> Index(IEnumerable<IDocumentExtractor> extractors)
    {
        var map = new Dictionary<string, IDocumentExtractor>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in extractors)
            foreach (var ext in e.Extensions) map[ext.ToLowerInvariant()] = e;
        return map;
    }
}

namespace Gongkai.Indexer.Extraction;

/// <summary>Reads one file format. Implementations are stateless and thread-safe.</summary>
public interface IDocumentExtractor
{
    /// <summary>Lower-case extensions with the dot, e.g. ".docx".</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Reads the file; throws <see cref="ExtractionException"/> with a reason on any failure.</summary>
    ExtractedDocument Extract(Stream content, string fileName, ExtractionLimits limits);
}

/// <summary>Bounds that keep a hostile file from taking the process down.</summary>
/// <param name="MaxFileBytes">Largest file read at all.</param>
/// <param name="MaxUnpackedBytes">Largest total uncompressed size of a zip-based format (.docx).</param>
/// <param name="MaxParts">Most parts a zip-based package may have.</param>
/// <param name="MaxTextChars">Text beyond this is cut (the document is still indexed).</param>
public sealed record ExtractionLimits(long MaxFileBytes, long MaxUnpackedBytes, int MaxParts, int MaxTextChars)
{
    public static readonly ExtractionLimits Default = new(
        MaxFileBytes: 50L * 1024 * 1024,
        MaxUnpackedBytes: 200L * 1024 * 1024,
        MaxParts: 2000,
        MaxTextChars: 2_000_000);
}

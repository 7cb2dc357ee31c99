using Gongkai.Indexer.Extraction;

namespace Gongkai.Indexer.Indexing;

/// <summary>Options bounding what one file may cost (section "Ingest").</summary>
public sealed class IngestLimits
{
    /// <summary>Largest file read at all; larger files are recorded as too large.</summary>
    public long MaxFileBytes { get; set; } = ExtractionLimits.Default.MaxFileBytes;

    /// <summary>Largest total unpacked size of a .docx (zip-bomb guard).</summary>
    public long MaxUnpackedBytes { get; set; } = ExtractionLimits.Default.MaxUnpackedBytes;

    /// <summary>Most parts a .docx package may have.</summary>
    public int MaxParts { get; set; } = ExtractionLimits.Default.MaxParts;

    /// <summary>Text beyond this many characters is cut before indexing.</summary>
    public int MaxTextChars { get; set; } = ExtractionLimits.Default.MaxTextChars;

    public ExtractionLimits ToExtractionLimits() => new(MaxFileBytes, MaxUnpackedBytes, MaxParts, MaxTextChars);
}

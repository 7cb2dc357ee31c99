namespace Gongkai.Indexer.Extraction;

/// <summary>Why a file could not become a document. Closed list; each is shown to staff.</summary>
public enum FailureReason
{
    /// <summary>Format the product does not read (.doc, .wps, …).</summary>
    UnsupportedFormat,
    /// <summary>The file is damaged or not what its extension says.</summary>
    Corrupt,
    /// <summary>A PDF without a usable text layer (scanned, or glyphs without a Unicode map).</summary>
    NeedsOcr,
    /// <summary>Password-protected / encrypted.</summary>
    Encrypted,
    /// <summary>Beyond the configured size limits (file size, unpacked size, part count).</summary>
    TooLarge,
    /// <summary>No text at all (0-byte file, empty document).</summary>
    Empty,
    /// <summary>Could not be read right now (locked, I/O); the only reason worth retrying.</summary>
    Transient,
    /// <summary>The product failed on this file (a defect); recorded so one file never blocks the run.</summary>
    Internal,
}

/// <summary>Thrown by extractors; carries a reason code and a message a person can act on.</summary>
public sealed class ExtractionException(FailureReason reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public FailureReason Reason { get; } = reason;
    public bool IsRetryable => Reason == FailureReason.Transient;
}

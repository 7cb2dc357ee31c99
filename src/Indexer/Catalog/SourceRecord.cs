using Gongkai.Indexer.Extraction;

namespace Gongkai.Indexer.Catalog;

public enum SourceState { Pending, Indexed, Failed }

/// <summary>What the catalog knows of one file: its fingerprint when last seen and how ingesting it ended.</summary>
public sealed record SourceRecord(
    string Source,
    long Size,
    long ModifiedTicks,
    SourceState State,
    FailureReason? Reason,
    string? Message,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Same size and modification time as when it was last ingested: nothing to do —
    /// except a file refused as an unsupported format whose extension a newer version reads
    /// (e.g. .doc/.wps recorded before the Word binary reader existed); retrying a variant that is
    /// still unreadable costs milliseconds and records the same failure again.</summary>
    public bool IsUnchanged(long size, long modifiedTicks) =>
        State != SourceState.Pending && Size == size && ModifiedTicks == modifiedTicks
        && !(State == SourceState.Failed && Reason == FailureReason.UnsupportedFormat && DocumentExtractors.IsSupported(Source));
}

using Gongkai.Core.Domain;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Our own durable record of a staff job (not Hangfire's model): what it is about, how far it got,
/// and why it failed. <see cref="Metadata"/> is the catalog metadata given with an upload, kept so
/// that an upload re-queued after a crash is ingested with it.
/// </summary>
public sealed record JobRecord(
    string Id,
    JobKind Kind,
    string? Source,
    JobState State,
    string? Error,
    string? DocumentId,
    ProvidedMetadata? Metadata,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Coarse progress 0..1: a job is one step (one file, or one rebuild pass).</summary>
    public double Progress => State switch
    {
        JobState.Queued => 0,
        JobState.Running => 0.5,
        _ => 1,
    };

    public bool IsFinished => State is JobState.Succeeded or JobState.Failed;
}

using Gongkai.Core.Domain;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Durable records of staff jobs (uploads, rebuilds), written before the job is answered so that
/// a client can follow it across a restart. Narrow, like <see cref="Catalog.ICatalogStore"/>, so a
/// server database can take its place.
/// </summary>
public interface IJobStore
{
    JobRecord Create(JobKind kind, string? source, ProvidedMetadata? metadata, string? id = null);
    JobRecord? Get(string id);

    /// <summary>The latest job about <paramref name="source"/> (an upload's stored file), if any.</summary>
    JobRecord? FindBySource(string source);

    /// <summary>Jobs of <paramref name="kind"/> that are queued or running.</summary>
    IReadOnlyList<JobRecord> Unfinished(JobKind kind);

    void SetState(string id, JobState state, string? error = null, string? documentId = null);
}

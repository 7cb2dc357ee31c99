namespace Gongkai.Indexer.Indexing;

/// <summary>Where the scanner hands files to ingest. Hangfire in the service; tests may run inline.</summary>
public interface IIngestQueue
{
    void EnqueueFile(string source);

    /// <summary>
    /// Several files found together (a scan). A queue with a cost per entry takes them as one
    /// (<see cref="Jobs.HangfireIngestQueue"/>); by default each is queued alone.
    /// </summary>
    void EnqueueFiles(IReadOnlyList<string> sources)
    {
        foreach (var source in sources) EnqueueFile(source);
    }
}

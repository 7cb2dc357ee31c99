namespace Gongkai.Indexer.Indexing;

/// <summary>Where the scanner hands files to ingest. Hangfire in the service; tests may run inline.</summary>
public interface IIngestQueue
{
    void EnqueueFile(string source);
}

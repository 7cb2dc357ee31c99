namespace Gongkai.Indexer.Indexing;

/// <summary>Options of the Lucene index (section "Index").</summary>
public sealed class IndexOptions
{
    /// <summary>Folder of the Lucene index; derived data, rebuilt from the catalog when lost.</summary>
    public string Path { get; set; } = "";

    /// <summary>How often new documents become visible to searches.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>More changes than this within one <see cref="RefreshInterval"/> is a bulk ingest (see <see cref="RefreshPolicy"/>).</summary>
    public int BulkChanges { get; set; } = 20;

    /// <summary>How often a bulk ingest's documents become visible (each reopen writes a segment).</summary>
    public TimeSpan BulkRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the index is committed while documents keep arriving (the catalog covers the gap after a crash).</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>IndexWriter RAM buffer; larger buffers mean fewer, bigger segments while ingesting.</summary>
    public double RamBufferMegabytes { get; set; } = 64;

    /// <summary>An idle index with more segments than this is compacted (see <see cref="IndexCompaction"/>).</summary>
    public int CompactAbove { get; set; } = 8;

    /// <summary>How many segments a compaction leaves.</summary>
    public int CompactTo { get; set; } = 4;
}

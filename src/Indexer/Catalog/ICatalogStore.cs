using Gongkai.Core.Domain;
using Gongkai.Indexer.Extraction;

namespace Gongkai.Indexer.Catalog;

/// <summary>
/// The durable catalog: every file seen, every document with its text and metadata, assigned
/// 索引号, staff edits. It is what must never be lost; the Lucene index is rebuilt from it.
/// Every change to a document gets a new sequence number so the index can replay what it missed.
/// Kept narrow so that a PostgreSQL implementation is a configuration change.
/// </summary>
public interface ICatalogStore
{
    SourceRecord? GetSource(string source);
    IReadOnlyList<SourceRecord> ListSources();
    IReadOnlyList<SourceRecord> ListFailures();

    /// <summary>Marks a file as waiting to be ingested (new or changed).</summary>
    void MarkPending(string source, long size, long modifiedTicks);

    /// <summary>Marks several files pending at once, in one transaction (a scan's batch).</summary>
    void MarkPending(IReadOnlyList<(string Source, long Size, long ModifiedTicks)> files);

    /// <summary>Stores the document and marks its file indexed; returns the change's sequence number.</summary>
    long SaveDocument(CatalogDocument document, long size, long modifiedTicks);

    /// <summary>Records why a file failed; an earlier document from it is removed. Returns the tombstone's sequence number, if any.</summary>
    long? RecordFailure(string source, long size, long modifiedTicks, FailureReason reason, string message);

    /// <summary>Forgets a file that is gone; returns the tombstone's sequence number, if a document was removed.</summary>
    long? RemoveSource(string source);

    CatalogDocument? GetDocument(string id);
    CatalogDocument? GetDocumentBySource(string source);

    /// <summary>Documents changed (saved) after <paramref name="seq"/>, in sequence order.</summary>
    IEnumerable<(long Seq, CatalogDocument Document)> ChangedSince(long seq);

    /// <summary>Ids of documents removed after <paramref name="seq"/>.</summary>
    IReadOnlyList<(long Seq, string Id)> RemovedSince(long seq);

    long LastSequence { get; }

    /// <summary>The 索引号 given to this source before, or the next free serial for the organ and year. Never reused.</summary>
    string AssignIndexNumber(string source, string organCode, int year);

    /// <summary>Records a 索引号 given from outside so that assignment never hands it out again.</summary>
    void ReserveIndexNumber(string indexNumber);

    /// <summary>Staff corrections; they are merged over every later re-ingest of the file.</summary>
    ProvidedMetadata? GetEdit(string documentId);
    void SaveEdit(string documentId, ProvidedMetadata edit, string actor);

    void SetWithdrawn(string documentId, bool withdrawn, string actor, string? reason);
    bool IsWithdrawn(string documentId);
    IReadOnlyList<StaffAction> History(string documentId);

    CatalogCounts Counts();

    /// <summary>Every document's statistics fields (no text), for reports such as the annual statistics.</summary>
    IReadOnlyList<CatalogSummary> Summaries();
}

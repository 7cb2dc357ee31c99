namespace Gongkai.Indexer.Uploads;

/// <summary>What a staff job does: ingest one uploaded file, or rebuild the whole index from the catalog.</summary>
public enum JobKind { Upload, Rebuild }

namespace Gongkai.Indexer.Catalog;

/// <summary>Counts for /api/status: documents in the catalog, files waiting, files that failed.</summary>
public sealed record CatalogCounts(int Documents, int Pending, int Failed);

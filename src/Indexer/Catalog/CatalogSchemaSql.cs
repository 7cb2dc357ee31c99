namespace Gongkai.Indexer.Catalog;

/// <summary>DDL of the embedded catalog. Tables are created if missing; nothing is ever dropped.</summary>
internal static class CatalogSchemaSql
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT OR IGNORE INTO counters(name,value) VALUES('seq',0);
        CREATE TABLE IF NOT EXISTS sources(
            source TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
            state INTEGER NOT NULL, reason TEXT, message TEXT, updated TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents(
            id TEXT PRIMARY KEY, source TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS documents_seq ON documents(seq);
        CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
        CREATE TABLE IF NOT EXISTS tombstones(id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS index_numbers(
            number TEXT PRIMARY KEY, organ TEXT NOT NULL, year INTEGER NOT NULL, serial INTEGER NOT NULL, source TEXT);
        CREATE UNIQUE INDEX IF NOT EXISTS index_numbers_source ON index_numbers(source) WHERE source IS NOT NULL;
        CREATE TABLE IF NOT EXISTS edits(id TEXT PRIMARY KEY, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS withdrawn(id TEXT PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS history(id TEXT NOT NULL, action TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, detail TEXT);
        """;
}

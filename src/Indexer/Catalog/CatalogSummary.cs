namespace Gongkai.Indexer.Catalog;

/// <summary>The few fields of a catalog record that statistics need, without its text.</summary>
public sealed record CatalogSummary(
    string Id, string Title, string? DocNumber, string? Organ, string Kind, string? Category, string Openness,
    DateOnly? WrittenDate, DateOnly? PublishedDate, bool Withdrawn, string? InterpretsDocNumber, string? InterpretsTitle);

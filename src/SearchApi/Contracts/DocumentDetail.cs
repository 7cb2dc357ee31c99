using Gongkai.Core.Domain;

namespace Gongkai.SearchApi.Contracts;

/// <summary>GET /api/documents/{id}: the hit fields, the text and the document's relations.</summary>
public sealed record DocumentDetail(
    string Id, string Source, string Title, string? DocNumber, string? IndexNumber, string? Organ,
    string? WrittenDate, string? PublishedDate, string Kind, string? Category, string Validity,
    string Openness, string? Genre, IReadOnlyList<string> Recipients, IReadOnlyList<string> Attachments,
    string? Url, string? RepealedDate, string? SupersededBy, bool IsSample, bool Withdrawn,
    string Text,
    IReadOnlyList<Hit> References, IReadOnlyList<string> UnresolvedReferences,
    IReadOnlyList<Hit> CitedBy, IReadOnlyList<Hit> Interpretations, IReadOnlyList<Hit> Interprets)
{
    public static DocumentDetail From(CatalogDocument d, DocumentRelations r) => new(
        d.Id, d.Source, d.Title, d.DocNumber, d.IndexNumber, d.Organ, Hit.Day(d.WrittenDate), Hit.Day(d.PublishedDate),
        d.Kind, d.Category, d.Validity, d.Openness, d.Genre, d.Recipients, d.Attachments, d.Url,
        Hit.Day(d.RepealedDate), d.SupersededBy, d.IsSample, d.Withdrawn, d.Text,
        r.References, r.Unresolved, r.CitedBy, r.Interpretations, r.Interprets);
}

/// <summary>Resolved links of one document, computed from the index.</summary>
public sealed record DocumentRelations(
    IReadOnlyList<Hit> References, IReadOnlyList<string> Unresolved, IReadOnlyList<Hit> CitedBy,
    IReadOnlyList<Hit> Interpretations, IReadOnlyList<Hit> Interprets);

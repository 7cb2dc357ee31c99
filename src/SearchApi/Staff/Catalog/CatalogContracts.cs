using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Uploads;

namespace Gongkai.SearchApi.Staff.Catalog;

// Wire shapes of the staff catalog calls (grouped like Contracts/Hit.cs: small records, one mapping each).

/// <summary>Answer of POST /api/documents and POST /api/index/rebuild: 202 with the job to follow.</summary>
public sealed record JobAccepted(string JobId);

/// <summary>GET /api/jobs/{id}.</summary>
public sealed record JobView(
    string Id, string Kind, string State, double Progress, string? Source, string? DocumentId, string? Error,
    string CreatedAt, string UpdatedAt)
{
    public static JobView From(JobRecord j) => new(
        j.Id, j.Kind.ToString().ToLowerInvariant(), j.State.ToString().ToLowerInvariant(), j.Progress, j.Source, j.DocumentId, j.Error,
        j.CreatedAt.ToString("O"), j.UpdatedAt.ToString("O"));
}

/// <summary>Body of POST /api/documents/{id}/validity.</summary>
public sealed record ValidityRequest(string? Validity, string? Date, string? SupersededBy);

/// <summary>Body of POST /api/documents/{id}/withdraw and /restore.</summary>
public sealed record WithdrawRequest(string? Reason);

/// <summary>GET /api/documents/{id}/history: who did what, when.</summary>
public sealed record HistoryView(string Id, bool Withdrawn, IReadOnlyList<HistoryEntry> History);

public sealed record HistoryEntry(string Action, string Actor, string At, string? Detail)
{
    public static HistoryEntry From(StaffAction a) => new(a.Action, a.Actor, a.At.ToString("O"), a.Detail);
}

/// <summary>Answer of the catalog-changing calls: the document as the catalog now holds it.</summary>
public sealed record CatalogRecordView(
    string Id, string Source, string Title, string? DocNumber, string? IndexNumber, string? Organ, string? WrittenDate,
    string? PublishedDate, string Kind, string? Category, string Validity, string Openness, string? RepealedDate,
    string? SupersededBy, bool Withdrawn, bool Public)
{
    public static CatalogRecordView From(Core.Domain.CatalogDocument d) => new(
        d.Id, d.Source, d.Title, d.DocNumber, d.IndexNumber, d.Organ, Day(d.WrittenDate), Day(d.PublishedDate), d.Kind, d.Category,
        d.Validity, d.Openness, Day(d.RepealedDate), d.SupersededBy, d.Withdrawn, d.IsPublic);

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd");
}

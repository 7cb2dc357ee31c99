using Gongkai.SearchApi.Contracts;

namespace Gongkai.SearchApi.Staff.Check;

/// <summary>Match types of the already-published check.</summary>
public static class MatchTypes
{
    public const string DocNumber = "docNumber";
    public const string Title = "title";
    public const string Text = "text";
}

/// <summary>
/// One published document the draft matches: the <see cref="Hit"/> fields, then how it matched.
/// <paramref name="Similarity"/> is the share of the draft's distinctive text found in the document
/// (0 when the draft had no text to compare); <paramref name="Coverage"/> the share of the document
/// found in the draft. Staff see every document, so <paramref name="Openness"/> and
/// <paramref name="Withdrawn"/> say whether the public can.
/// </summary>
public sealed record CheckMatch(
    string Id, string Source, string Title, string? DocNumber, string? IndexNumber, string? Organ,
    string? WrittenDate, string? PublishedDate, string Kind, string? Category, string Validity,
    string? Snippet, float Score,
    double Similarity, double Coverage, string MatchType, string Openness, bool Withdrawn,
    IReadOnlyList<string> SharedPassages)
{
    public static CheckMatch From(Hit h, double similarity, double coverage, string matchType, string openness, bool withdrawn,
        IReadOnlyList<string> passages) => new(
        h.Id, h.Source, h.Title, h.DocNumber, h.IndexNumber, h.Organ, h.WrittenDate, h.PublishedDate, h.Kind, h.Category,
        h.Validity, h.Snippet, (float)similarity, Math.Round(similarity, 4), Math.Round(coverage, 4), matchType, openness, withdrawn, passages);
}

/// <summary>Answer of POST /api/check.</summary>
public sealed record CheckResponse(bool Published, IReadOnlyList<CheckMatch> Matches);

/// <summary>A draft to check: its text (typed or extracted from an upload), and optionally its title and 文号.</summary>
public sealed record CheckDraft(string? Text, string? Title = null, string? DocNumber = null);

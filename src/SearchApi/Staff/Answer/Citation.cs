using Gongkai.SearchApi.Contracts;

namespace Gongkai.SearchApi.Staff.Answer;

/// <summary>What a reply under 条例 (2019) Art. 36(1) cites: 标题, 文号, 发布机构, dates, 索引号 and a permanent link.</summary>
public sealed record Citation(string Title, string? DocNumber, string? Organ, string? WrittenDate, string? PublishedDate,
    string? IndexNumber, string Link)
{
    public static Citation From(Hit h, string baseUrl) => new(h.Title, h.DocNumber, h.Organ, h.WrittenDate, h.PublishedDate,
        h.IndexNumber, $"{baseUrl.TrimEnd('/')}/documents/{Uri.EscapeDataString(h.Id)}");
}

/// <summary>A published document that answers the request: the <see cref="Hit"/> fields, how much of the request it covers, and its citation.</summary>
public sealed record AnswerCandidate(
    string Id, string Source, string Title, string? DocNumber, string? IndexNumber, string? Organ,
    string? WrittenDate, string? PublishedDate, string Kind, string? Category, string Validity,
    string? Snippet, float Score, double Coverage, Citation Citation)
{
    public static AnswerCandidate From(Hit h, double coverage, Citation c) => new(
        h.Id, h.Source, h.Title, h.DocNumber, h.IndexNumber, h.Organ, h.WrittenDate, h.PublishedDate, h.Kind, h.Category,
        h.Validity, h.Snippet, h.Score, Math.Round(coverage, 4), c);
}

/// <summary>Body of POST /api/answer.</summary>
public sealed record AnswerRequest(string? Request);

/// <summary>Answer of POST /api/answer.</summary>
public sealed record AnswerResponse(bool Answerable, IReadOnlyList<AnswerCandidate> Candidates, string Reply);

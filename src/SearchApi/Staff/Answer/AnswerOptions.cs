namespace Gongkai.SearchApi.Staff.Answer;

/// <summary>Options of request answering (section "Answer").</summary>
public sealed class AnswerOptions
{
    /// <summary>
    /// Minimum IDF-weighted share (0..1) of the request's content words that a published document must
    /// contain for it to be cited. Chosen from ../shared/eval/requests.jsonl (docs/staff-tools.md):
    /// below it the request is answered "not found" rather than with something loosely related.
    /// </summary>
    public double MinCoverage { get; set; } = 0.75;

    /// <summary>Search results examined per request.</summary>
    public int SearchDepth { get; set; } = 10;

    /// <summary>Documents cited at most.</summary>
    public int MaxCitations { get; set; } = 3;
}

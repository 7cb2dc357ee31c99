namespace Gongkai.SearchApi.Staff.Answer;

/// <summary>Options of request answering (section "Answer").</summary>
public sealed class AnswerOptions
{
    /// <summary>
    /// Minimum score (0..1) for a published document to be cited; below it the request is answered "not
    /// found" rather than with something loosely related. Chosen from ../shared/eval/requests.jsonl (see
    /// docs/staff-tools.md): relevant documents scored 0.58–0.99, the best document for an unanswerable request 0.42–0.66.
    /// </summary>
    public double MinScore { get; set; } = 0.6;

    /// <summary>Weight (0..1) of the request words found in the title, against those found anywhere in the document.</summary>
    public double TitleWeight { get; set; } = 0.3;

    /// <summary>A further document is cited only if its score is within this of the best one's.</summary>
    public double MaxGapToBest { get; set; } = 0.15;

    /// <summary>Search results examined per request.</summary>
    public int SearchDepth { get; set; } = 20;

    /// <summary>Documents cited at most.</summary>
    public int MaxCitations { get; set; } = 3;
}

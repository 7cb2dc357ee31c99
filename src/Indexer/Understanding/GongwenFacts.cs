namespace Gongkai.Indexer.Understanding;

/// <summary>
/// What reading a 公文's text found. Every field is optional: a law has no 文号, a web page may
/// have no 成文日期. Given catalog metadata is merged over this later (given values win).
/// </summary>
public sealed record GongwenFacts
{
    public string? Title { get; init; }
    /// <summary>Own 文号 (header), canonical form.</summary>
    public string? DocNumber { get; init; }
    public string? Organ { get; init; }
    public DateOnly? WrittenDate { get; init; }
    public IReadOnlyList<string> Recipients { get; init; } = [];
    public IReadOnlyList<string> Attachments { get; init; } = [];
    /// <summary>From 此件公开发布 / 此件依申请公开 / 此件不予公开; null when the text does not say.</summary>
    public string? Openness { get; init; }
    /// <summary>One of DocumentKinds.</summary>
    public string? Kind { get; init; }
    /// <summary>文种 (通知, 意见, 办法 …) from the title's ending.</summary>
    public string? Genre { get; init; }
    /// <summary>主题分类 assigned by the keyword rules.</summary>
    public string? Category { get; init; }
    public IReadOnlyList<string> CitedDocNumbers { get; init; } = [];
    public IReadOnlyList<string> CitedTitles { get; init; } = [];
    public string? InterpretsDocNumber { get; init; }
    public string? InterpretsTitle { get; init; }
}

namespace Gongkai.SearchApi.Staff.Catalog;

/// <summary>
/// GET /api/stats/annual: the counts an annual disclosure report needs. A document belongs to the
/// year of its 发布日期, else its 成文日期. <see cref="Published"/> are the proactively disclosed
/// (主动公开, not withdrawn) ones; the by-month/kind/organ/category counts and interpretations count
/// those. <see cref="ByOpenness"/> and <see cref="Withdrawn"/> count every document of the year.
/// <see cref="Failures"/> are the files that currently fail to ingest (any year: a failed file has no date).
/// </summary>
public sealed record AnnualStats(
    int Year,
    int Documents,
    int Published,
    int Withdrawn,
    int Undated,
    IReadOnlyList<MonthCount> ByMonth,
    IReadOnlyList<ValueCount> ByKind,
    IReadOnlyList<ValueCount> ByOrgan,
    IReadOnlyList<ValueCount> ByCategory,
    IReadOnlyList<ValueCount> ByOpenness,
    IReadOnlyList<ValueCount> Interpretations,
    FailureCounts Failures);

public sealed record MonthCount(int Month, int Count);

public sealed record ValueCount(string Value, int Count);

public sealed record FailureCounts(int Total, IReadOnlyList<ValueCount> ByReason);

namespace Gongkai.Indexer.Catalog;

/// <summary>Who did what to a catalog record, and when (withdrawals, corrections, validity changes).</summary>
public sealed record StaffAction(string DocumentId, string Action, string Actor, DateTimeOffset At, string? Detail);

using Gongkai.Indexer.Extraction;

namespace Gongkai.Indexer.Uploads;

/// <summary>What one import did: files ingested, left alone (unchanged), failed with their reasons.</summary>
public sealed record ImportSummary(int Queued, int Indexed, int Unchanged, int Removed, IReadOnlyList<ImportFailure> Failures, TimeSpan Elapsed)
{
    /// <summary>Failed files grouped by reason, largest group first.</summary>
    public IEnumerable<IGrouping<string, ImportFailure>> FailuresByReason =>
        Failures.GroupBy(f => f.Reason?.ToString() ?? "Unknown").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
}

/// <summary>One file that could not become a document, with the catalog's reason and message.</summary>
public sealed record ImportFailure(string Source, FailureReason? Reason, string? Message);

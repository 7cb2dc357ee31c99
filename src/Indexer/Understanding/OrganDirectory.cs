namespace Gongkai.Indexer.Understanding;

/// <summary>
/// Configuration data: which organ issues documents under which 机关代字 (张政办发 → 张店区人民政府办公室).
/// Loaded from configuration by the host; nothing here is specific to one district. Lookup is by
/// the longest configured prefix of the 代字, so 张政办 covers 张政办发 and 张政办字.
/// </summary>
public sealed record OrganDirectory(IReadOnlyDictionary<string, string> OrganByAgencyPrefix)
{
    public static readonly OrganDirectory Empty = new(new Dictionary<string, string>());

    public string? OrganFor(string? agency)
    {
        if (string.IsNullOrEmpty(agency)) return null;
        string? best = null;
        var bestLength = 0;
        foreach (var (prefix, organ) in OrganByAgencyPrefix)
            if (prefix.Length > bestLength && agency.StartsWith(prefix, StringComparison.Ordinal))
            {
                best = organ;
                bestLength = prefix.Length;
            }
        return best;
    }
}

namespace Gongkai.Indexer.Understanding;

/// <summary>What the reader may know besides the text: where the file came from, and configuration.</summary>
/// <param name="RelativePath">Path relative to the corpus root ('/' separators), e.g. LawRefBook__Laws/行政法规/….txt; null for pasted text.</param>
/// <param name="Organs">代字 → organ map from configuration.</param>
/// <param name="GivenTitle">A title given by the catalog (portal page block, sidecar): the text of a web page often does not start with it.</param>
public sealed record UnderstandingHints(string? RelativePath = null, OrganDirectory? Organs = null, string? GivenTitle = null)
{
    public static readonly UnderstandingHints None = new();

    /// <summary>Lower-case extension with the dot (".txt"), or "" when unknown.</summary>
    public string Extension => RelativePath is null ? "" : Path.GetExtension(RelativePath).ToLowerInvariant();

    public OrganDirectory OrganDirectory => Organs ?? OrganDirectory.Empty;
}

using System.Text.RegularExpressions;
using Gongkai.Core.Numbers;

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// What a document cites: 文号 (other than its own) and 《titles》, in order of first mention, without
/// duplicates. A 《short name》 introduced as an abbreviation (以下简称《规划》) is not a citation.
/// </summary>
public static partial class CitationReader
{
    [GeneratedRegex(@"《(?<t>[^《》\n]{2,120})》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"(?:以下简称|以下称|简称)[“""]?《(?<t>[^《》\n]{1,40})》")]
    private static partial Regex Abbreviation();

    public static IReadOnlyList<string> DocNumbers(IReadOnlyList<DocNumberMatch> all, string? own)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (own is not null) seen.Add(own);
        var result = new List<string>();
        foreach (var m in all)
            if (seen.Add(m.Number.Canonical)) result.Add(m.Number.Canonical);
        return result;
    }

    public static IReadOnlyList<string> Titles(string text, string? ownTitle)
    {
        var abbreviations = Abbreviation().Matches(text).Select(m => m.Groups["t"].Value).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (Match m in BookTitle().Matches(text))
        {
            var t = Normalise(m.Groups["t"].Value);
            if (abbreviations.Contains(t) || t == ownTitle) continue;
            if (seen.Add(t)) result.Add(t);
        }
        return result;
    }

    /// <summary>
    /// The policy a 政策解读 explains: a 《title》 named in its own title (关于《X》的解读, 《X》政策解读),
    /// else the first one in the text; its 文号 is the first one cited.
    /// </summary>
    public static (string? Title, string? DocNumber) InterpretationTarget(string? title, IReadOnlyList<string> citedTitles, IReadOnlyList<string> citedNumbers)
    {
        string? target = null;
        if (title is not null)
        {
            var m = BookTitle().Match(title);
            if (m.Success) target = Normalise(m.Groups["t"].Value);
        }
        target ??= citedTitles.Count > 0 ? citedTitles[0] : null;
        return (target, citedNumbers.Count > 0 ? citedNumbers[0] : null);
    }

    private static string Normalise(string t) => Regex.Replace(t, @"\s+", "");
}

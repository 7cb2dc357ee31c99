using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Core.Analysis;

/// <summary>
/// Query-time synonyms (低保 ⇄ 最低生活保障 …) read from a text file: one group of equivalent
/// terms a line, comma-separated, '#' comments. Terms are folded like indexed text and compared
/// case-insensitively. Immutable after loading, so one instance can serve all requests.
/// The query builder ORs the alternatives as phrases; nothing is expanded at index time, so the
/// table can be edited without reindexing.
/// </summary>
public sealed class SynonymTable
{
    private static readonly Lazy<SynonymTable> DefaultTable = new(() => Parse(EmbeddedText.Read("synonyms.txt")));

    // Segments queries for the word-boundary check in FindIn; analyzers are thread-safe.
    private static readonly WordsAnalyzer Segmenter = new();

    private readonly Dictionary<string, string[]> _alternatives;
    private readonly int _longestTerm;

    private SynonymTable(Dictionary<string, string[]> alternatives)
    {
        _alternatives = alternatives;
        _longestTerm = alternatives.Count == 0 ? 0 : alternatives.Keys.Max(k => k.Length);
    }

    /// <summary>The table shipped with the product (Resources/synonyms.txt).</summary>
    public static SynonymTable Default => DefaultTable.Value;

    /// <summary>Number of distinct terms that have at least one alternative.</summary>
    public int Count => _alternatives.Count;

    public static SynonymTable Load(string path) => Parse(File.ReadAllText(path));

    public static SynonymTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var hash = raw.IndexOf('#');
            var line = Normalize(hash >= 0 ? raw[..hash] : raw);
            if (line.Length == 0)
            {
                continue;
            }

            // Full-width '，' is already ',' after folding; '、' stays inside terms (简政放权、放管结合…).
            var terms = line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.Ordinal).ToArray();
            if (terms.Length < 2)
            {
                throw new FormatException($"Synonym line {lineNumber}: expected at least two comma-separated terms, got '{raw.Trim()}'.");
            }

            foreach (var term in terms)
            {
                if (!groups.TryGetValue(term, out var list))
                {
                    groups[term] = list = [];
                }

                list.AddRange(terms.Where(t => t != term && !list.Contains(t)));
            }
        }

        return new SynonymTable(groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The other terms equivalent to the whole <paramref name="term"/>; empty when it has none.</summary>
    public IReadOnlyList<string> Expand(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _alternatives.TryGetValue(Normalize(term), out var alternatives) ? alternatives : [];
    }

    /// <summary>
    /// Synonym terms inside a query, left to right, longest match first (医保局 before 医保), never
    /// overlapping. Positions index the original <paramref name="query"/>. A match must start and
    /// end on a word boundary of the SmartCn segmentation, so 降低保险费率 (降低|保险费率) does not
    /// yield 低保 and 社会主义教育 does not yield 义教; alternatives exclude the matched term itself.
    /// </summary>
    public IEnumerable<(int Start, int Length, IReadOnlyList<string> Alternatives)> FindIn(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_alternatives.Count == 0 || query.Length == 0)
        {
            yield break;
        }

        // Folding and per-char lowercasing keep the length, so positions stay those of the query.
        var folded = FoldLower(query);
        var boundaries = WordBoundaries(query);
        var start = 0;
        while (start < folded.Length)
        {
            var matched = 0;
            if (boundaries.Contains(start))
            {
                for (var length = Math.Min(_longestTerm, folded.Length - start); length > 0; length--)
                {
                    if (boundaries.Contains(start + length)
                        && _alternatives.TryGetValue(folded.Substring(start, length), out var alternatives))
                    {
                        yield return (start, length, alternatives);
                        matched = length;
                        break;
                    }
                }
            }

            start += Math.Max(matched, 1);
        }
    }

    private static HashSet<int> WordBoundaries(string query)
    {
        var boundaries = new HashSet<int> { 0, query.Length };
        using var stream = Segmenter.GetTokenStream("q", query);
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            boundaries.Add(offset.StartOffset);
            boundaries.Add(offset.EndOffset);
        }

        stream.End();
        return boundaries;
    }

    private static string Normalize(string text) => FoldLower(text).Trim();

    private static string FoldLower(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.ToLowerInvariant(ChineseFoldingCharFilter.Fold(source[i]));
            }
        });
}

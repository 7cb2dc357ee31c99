using System.Reflection;

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// 主题分类 by keyword rules kept in a text file people can edit (<c>类名: 关键词 关键词*2 …</c>).
/// The default rules are embedded (CategoryRules.txt); a deployment may load its own file.
/// </summary>
public sealed class CategoryRules
{
    public const int TitleWeight = 3;

    private readonly IReadOnlyList<(string Category, IReadOnlyList<(string Word, int Weight)> Keywords)> _rules;

    private CategoryRules(IReadOnlyList<(string, IReadOnlyList<(string, int)>)> rules) => _rules = rules;

    public IReadOnlyList<string> Categories => _rules.Select(r => r.Category).ToList();

    public static CategoryRules Default { get; } = Parse(ReadEmbedded());

    public static CategoryRules Load(string path) => Parse(File.ReadAllText(path));

    public static CategoryRules Parse(string rulesText)
    {
        var rules = new List<(string, IReadOnlyList<(string, int)>)>();
        foreach (var raw in rulesText.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var colon = line.IndexOfAny([':', '：']);
            if (colon <= 0) throw new FormatException($"Category rule line needs '类名: 关键词 …': {line}");
            var words = new List<(string, int)>();
            foreach (var token in line[(colon + 1)..].Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
            {
                var star = token.LastIndexOf('*');
                words.Add(star > 0 && int.TryParse(token[(star + 1)..], out var w) ? (token[..star], w) : (token, 1));
            }
            rules.Add((line[..colon].Trim(), words));
        }
        return new CategoryRules(rules);
    }

    /// <summary>The best-scoring class, or null when no keyword occurs (unknown is not 综合政务).</summary>
    public string? Classify(string? title, string body)
    {
        string? best = null;
        var bestScore = 0;
        foreach (var (category, keywords) in _rules)
        {
            var score = 0;
            foreach (var (word, weight) in keywords)
                score += weight * (TitleWeight * Count(title ?? "", word) + Count(body, word));
            // Strictly greater: on a tie the class listed first in the file wins, which keeps results stable.
            if (score > bestScore) { best = category; bestScore = score; }
        }
        return best;
    }

    private static int Count(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string ReadEmbedded()
    {
        var asm = Assembly.GetExecutingAssembly();
        using var stream = asm.GetManifestResourceStream("Gongkai.Indexer.Understanding.CategoryRules.txt")
            ?? throw new InvalidOperationException("Embedded CategoryRules.txt is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

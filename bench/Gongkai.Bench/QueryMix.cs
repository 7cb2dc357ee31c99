using Gongkai.Core.Schema;
using Gongkai.Indexer.Indexing;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Bench;

/// <summary>One query of the mix: text, lookup (文号), filtered (year + kind, faceted) or deep (page 50).</summary>
public sealed record MixQuery(string Type, string Q, string Year, string Kind, int Page)
{
    public string ToLine() => string.Join('\t', Type, Q, Year, Kind, Page.ToString());

    public static MixQuery FromLine(string line)
    {
        var c = line.Split('\t');
        return new MixQuery(c[0], c[1], c[2], c[3], int.Parse(c[4]));
    }

    /// <summary>The request path of this query on the HTTP contract.</summary>
    public string Path() => Type switch
    {
        "lookup" => "/api/lookup?number=" + Uri.EscapeDataString(Q),
        "filtered" => $"/api/search?q={Uri.EscapeDataString(Q)}&year={Year}&kind={Uri.EscapeDataString(Kind)}",
        "deep" => $"/api/search?q={Uri.EscapeDataString(Q)}&page={Page}",
        _ => "/api/search?q=" + Uri.EscapeDataString(Q),
    };
}

/// <summary>
/// The realistic query mix, drawn with a fixed seed from the indexed documents: 2–4 consecutive
/// SmartCn words of a title (what people type), exact 文号 lookups, the same kind of words
/// filtered by a year and kind that exist, and deep pages. The same file feeds the in-process
/// runs, wrk and the Java peer.
/// </summary>
public static class QueryMix
{
    public const int Size = 400;

    public static void Write(CatalogIndex index, string path)
    {
        var random = new Random(CorpusGenerator.Seed);
        var docs = index.Store.ChangedSince(0).Select(x => x.Document).Where(d => d.IsPublic)
            .Select(d => (d.Title, d.DocNumber, Year: (d.WrittenDate ?? d.PublishedDate)?.Year.ToString(), d.Kind)).ToList();
        var numbers = docs.Where(d => d.DocNumber is not null).Select(d => d.DocNumber!).Distinct().ToList();
        var dated = docs.Where(d => d.Year is not null).ToList();
        using var analyzer = new SmartChineseAnalyzer(IndexAnalyzers.Version);
        var mix = new List<MixQuery>();
        while (mix.Count < Size)
        {
            var roll = random.NextDouble();
            if (roll < 0.15 && numbers.Count > 0)
            {
                mix.Add(new MixQuery("lookup", numbers[random.Next(numbers.Count)], "", "", 1));
                continue;
            }
            var filtered = roll < 0.30 && dated.Count > 0;
            var doc = filtered ? dated[random.Next(dated.Count)] : docs[random.Next(docs.Count)];
            if (Words(analyzer, doc.Title, random) is not { } q) continue;
            mix.Add(filtered ? new MixQuery("filtered", q, doc.Year!, doc.Kind, 1)
                : roll < 0.40 ? new MixQuery("deep", q, "", "", 50)
                : new MixQuery("text", q, "", "", 1));
        }
        File.WriteAllLines(path, mix.Select(m => m.ToLine()));
    }

    public static IReadOnlyList<MixQuery> Read(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).Select(MixQuery.FromLine).ToList();

    /// <summary>2–4 consecutive words of two or more Han characters from the title, space separated.</summary>
    private static string? Words(SmartChineseAnalyzer analyzer, string title, Random random)
    {
        var words = new List<string>();
        using (var stream = analyzer.GetTokenStream(IndexFields.Title, title))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var t = term.ToString();
                if (t.Length >= 2 && t.All(c => c is >= '\u4e00' and <= '\u9fff')) words.Add(t);
            }
            stream.End();
        }
        if (words.Count < 2) return null;
        var n = Math.Min(words.Count, random.Next(2, 5));
        var start = random.Next(words.Count - n + 1);
        return string.Join(' ', words.Skip(start).Take(n));
    }
}

using System.Text;
using System.Text.Json;

namespace Gongkai.Bench;

/// <summary>
/// The scaled corpus: documents made by recombining real paragraphs, titles, 文号 agencies and
/// issuers from ../shared/corpus-truth, with a fixed seed so every run writes the same files.
/// Each file is shaped like the real .txt sources (title, 文号, body, issuer, date), so the
/// real pipeline reads it the same way. Written outside git (bench/out or /tmp).
/// </summary>
public static class CorpusGenerator
{
    public const int Seed = 20261128;

    public static void Generate(string truthRoot, string outDir, int count)
    {
        var parts = Harvest(truthRoot);
        Console.Error.WriteLine($"  harvested {parts.Paragraphs.Count} paragraphs, {parts.Titles.Count} titles, {parts.Agencies.Count} 文号 agencies from {truthRoot}");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        var random = new Random(Seed);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var text = Compose(parts, random);
            var path = Path.Combine(outDir, (i / 1000).ToString("D3"), i.ToString("D6") + ".txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var utf8 = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(path, utf8);
            bytes += utf8.Length;
        }
        KeyValues.Print("generated_docs", count);
        KeyValues.Print("generated_bytes", bytes);
    }

    private static string Compose(Parts parts, Random random)
    {
        var year = random.Next(2010, 2026);
        var b = new StringBuilder();
        b.Append(Pick(parts.Titles, random)).Append("\n\n");
        if (random.NextDouble() < 0.7)
            b.Append(Pick(parts.Agencies, random)).Append('〔').Append(year).Append('〕').Append(random.Next(1, 200)).Append("号\n\n");
        // Body length follows the real documents' lengths, capped at 2,000 characters (a city catalog's notices, not its annual reports).
        var target = Math.Clamp(Pick(parts.Lengths, random), 200, 2000);
        var body = 0;
        while (body < target)
        {
            var p = Pick(parts.Paragraphs, random);
            b.Append(p).Append('\n');
            body += p.Length;
        }
        b.Append('\n').Append(Pick(parts.Issuers, random)).Append('\n')
         .Append(year).Append('年').Append(random.Next(1, 13)).Append('月').Append(random.Next(1, 29)).Append("日\n");
        return b.ToString();
    }

    private static T Pick<T>(IReadOnlyList<T> list, Random random) => list[random.Next(list.Count)];

    private sealed record Parts(List<string> Paragraphs, List<string> Titles, List<string> Agencies, List<string> Issuers, List<int> Lengths);

    private static Parts Harvest(string root)
    {
        var parts = new Parts([], [], [], [], []);
        // Sorted so that the harvest, and therefore the generated corpus, does not depend on directory order.
        foreach (var txt in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(txt);
            parts.Lengths.Add(text.Length);
            foreach (var line in text.Split('\n'))
            {
                var p = line.Trim();
                if (p.Length is >= 30 and <= 800 && CjkShare(p) > 0.5) parts.Paragraphs.Add(p);
            }
            var json = Path.ChangeExtension(txt, ".json");
            if (!File.Exists(json)) continue;
            using var meta = JsonDocument.Parse(File.ReadAllText(json));
            if (Str(meta, "title") is { Length: >= 6 and <= 60 } title) parts.Titles.Add(title);
            if (Str(meta, "issuer") is { Length: >= 3 and <= 30 } issuer) parts.Issuers.Add(issuer);
            if (Str(meta, "doc_no") is { } no && no.IndexOfAny(['〔', '[']) is > 0 and var at) parts.Agencies.Add(no[..at]);
        }
        return parts;
    }

    private static string? Str(JsonDocument d, string name) =>
        d.RootElement.ValueKind == JsonValueKind.Object && d.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double CjkShare(string s) => s.Count(c => c is >= '\u4e00' and <= '\u9fff') / (double)s.Length;
}

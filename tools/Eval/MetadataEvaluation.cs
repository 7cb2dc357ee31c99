using System.Globalization;
using System.Text;
using System.Text.Json;
using Gongkai.Indexer.Understanding;

namespace Gongkai.Eval;

/// <summary>
/// Per-field accuracy of <see cref="GongwenReader"/> against eval/metadata.jsonl, compared the way
/// shared/tools/contract-eval.py compares: title NFKC without whitespace, 文号 with brackets and
/// digits normalised, dates on their first 10 characters. Only fields present in the truth count.
/// </summary>
public static class MetadataEvaluation
{
    private static readonly string[] Fields = ["title", "docNumber", "organ", "writtenDate"];

    public static int Run(EvalOptions options, TextWriter output)
    {
        var metadataPath = Path.Combine(options.SharedPath, "eval", "metadata.jsonl");
        if (!File.Exists(metadataPath))
        {
            output.WriteLine($"no {metadataPath}: nothing to measure");
            return 1;
        }
        var reader = new GongwenReader();
        var tally = Fields.ToDictionary(f => f, _ => new FieldTally());
        var byGroup = new SortedDictionary<string, Dictionary<string, FieldTally>>(StringComparer.Ordinal);
        var standIns = 0;
        var missing = 0;
        var extraNumbers = new List<(string File, string Number)>();
        foreach (var line in File.ReadLines(metadataPath))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var truth = json.RootElement;
            var file = truth.GetProperty("file").GetString()!;
            var ext = Path.GetExtension(file).TrimStart('.').ToLowerInvariant();
            if (options.OnlyExtension is not null && ext != options.OnlyExtension) continue;
            var text = ReadText(options.SharedPath, file, ref standIns);
            if (text is null) { missing++; continue; }
            var facts = reader.Read(text, new UnderstandingHints(file));
            var group = ext == "txt" ? string.Join('/', file.Split('/').Take(2)) : $"*.{ext} (stand-in text)";
            if (group.StartsWith("LawRefBook", StringComparison.Ordinal)) group = "LawRefBook__Laws";
            // A 文号 read where the truth knows none is a likely false "own number" (often a cited one).
            if (!truth.TryGetProperty("docNumber", out _) && facts.DocNumber is not null) extraNumbers.Add((file, facts.DocNumber));
            foreach (var field in Fields)
            {
                if (!truth.TryGetProperty(field, out var expectedElement)) continue;
                var expected = expectedElement.GetString() ?? "";
                var got = Got(facts, field);
                var ok = Compare(field, got, expected);
                tally[field].Add(ok, file, got, expected);
                var g = byGroup.TryGetValue(group, out var existing) ? existing : byGroup[group] = Fields.ToDictionary(f => f, _ => new FieldTally());
                g[field].Add(ok, file, got, expected);
            }
        }
        output.WriteLine($"metadata.jsonl via GongwenReader ({(options.OnlyExtension is null ? "all rows" : "." + options.OnlyExtension + " only")})");
        if (standIns > 0)
            output.WriteLine($"note: {standIns} non-.txt files read from corpus-truth/<path>.txt as stand-in text (real extractors not merged yet)");
        if (missing > 0) output.WriteLine($"note: {missing} rows skipped, text not found");
        output.WriteLine();
        output.WriteLine($"{"field",-12} {"correct",8} {"total",6} {"accuracy",9}");
        foreach (var f in Fields) output.WriteLine($"{f,-12} {tally[f].Correct,8} {tally[f].Total,6} {tally[f].Accuracy,9}");
        output.WriteLine();
        foreach (var (group, fields) in byGroup)
            output.WriteLine($"  {group}: " + string.Join("  ", Fields.Where(f => fields[f].Total > 0).Select(f => $"{f} {fields[f].Correct}/{fields[f].Total}")));
        output.WriteLine($"\nown 文号 read where the truth has none: {extraNumbers.Count}");
        foreach (var (file, number) in extraNumbers.Take(options.MissesShown)) output.WriteLine($"  {file}: {number}");
        foreach (var f in Fields)
        {
            if (tally[f].Misses.Count == 0) continue;
            output.WriteLine();
            output.WriteLine($"first misses for {f}:");
            foreach (var (file, got, expected) in tally[f].Misses.Take(options.MissesShown))
                output.WriteLine($"  {file}\n      got: {got ?? "(none)"}\n     want: {expected}");
        }
        return 0;
    }

    private static string? ReadText(string shared, string file, ref int standIns)
    {
        var original = Path.Combine(shared, "corpus", file);
        if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return File.Exists(original) ? File.ReadAllText(original, Encoding.UTF8) : null;
        var standIn = Path.Combine(shared, "corpus-truth", Path.ChangeExtension(file, ".txt"));
        if (!File.Exists(standIn)) return null;
        standIns++;
        return File.ReadAllText(standIn, Encoding.UTF8);
    }

    private static string? Got(GongwenFacts facts, string field) => field switch
    {
        "title" => facts.Title,
        "docNumber" => facts.DocNumber,
        "organ" => facts.Organ,
        "writtenDate" => facts.WrittenDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool Compare(string field, string? got, string expected) => field switch
    {
        "title" => NormText(got) == NormText(expected),
        "docNumber" => NormDocNumber(got) == NormDocNumber(expected),
        // contract-eval.py cuts every other field to 10 chars, which can never match an organ name
        // longer than 10; here only dates are cut (yyyy-MM-dd), organs compare whole.
        "writtenDate" => Prefix10((got ?? "").Trim()) == expected.Trim(),
        _ => (got ?? "").Trim() == expected.Trim(),
    };

    private static string Prefix10(string s) => s.Length > 10 ? s[..10] : s;

    private static string NormText(string? s) =>
        new((s ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string NormDocNumber(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        const string from = "０１２３４５６７８９［］（）【】()[]";
        const string to = "0123456789〔〕〔〕〔〕〔〕〔〕";
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) continue;
            var i = from.IndexOf(c);
            sb.Append(i >= 0 ? to[i] : c);
        }
        return sb.ToString();
    }
}

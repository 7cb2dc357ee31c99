using System.Text.Json;

namespace Gongkai.Eval.Relevance;

/// <summary>One judged query of eval/queries.jsonl, or an answerable request of eval/requests.jsonl used as a query (type "requests").</summary>
public sealed record JudgedQuery(string Id, string Type, string Text, IReadOnlyDictionary<string, int> Relevant, string? Note)
{
    public const string Requests = "requests";

    public static IReadOnlyList<JudgedQuery> Load(string evalFolder)
    {
        var list = new List<JudgedQuery>();
        foreach (var row in Rows(Path.Combine(evalFolder, "queries.jsonl")))
            list.Add(new JudgedQuery(row.GetProperty("id").GetString()!, row.GetProperty("type").GetString()!, row.GetProperty("q").GetString()!,
                Grades(row), row.TryGetProperty("note", out var n) ? n.GetString() : null));
        foreach (var row in Rows(Path.Combine(evalFolder, "requests.jsonl")))
        {
            // An unanswerable request has nothing to rank; it is measured by /api/answer, not here.
            if (row.TryGetProperty("answerable", out var a) && a.ValueKind == JsonValueKind.False) continue;
            list.Add(new JudgedQuery(row.GetProperty("id").GetString()!, Requests, row.GetProperty("request").GetString()!, Grades(row), null));
        }
        return list;
    }

    private static Dictionary<string, int> Grades(JsonElement row) =>
        row.GetProperty("relevant").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    private static IEnumerable<JsonElement> Rows(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.Clone();
        }
    }
}

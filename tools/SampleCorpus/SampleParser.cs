using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Gongkai.Core.Domain;

namespace Gongkai.Tools.SampleCorpus;

/// <summary>
/// Reads a sample file: "key: value" front matter, a line "---", then the body in a small line
/// markup (see <see cref="BodyLineKind"/>). Metadata keys are the camelCase properties of
/// <see cref="ProvidedMetadata"/>; an unknown key fails, so a typo cannot silently drop a value.
/// </summary>
public static class SampleParser
{
    public const string Disclaimer = "（示例文档，内容为虚构，仅用于演示检索功能）";

    private static readonly JsonSerializerOptions MetadataJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static SampleDefinition Parse(string path)
    {
        var name = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        var separator = Array.IndexOf(lines, "---");
        if (separator < 0) throw new FormatException($"{name}: no '---' line after the front matter");

        var front = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines[..separator].Where(l => l.Trim().Length > 0))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"{name}: front matter line without 'key:': {line}");
            front.Add(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        var file = Take(front, "file") ?? throw new FormatException($"{name}: 'file' is missing");
        var format = Enum.Parse<SampleFormat>(Take(front, "format") ?? "Txt", ignoreCase: true);
        var sidecar = (Take(front, "sidecar") ?? "yes") == "yes";
        var metadata = ReadMetadata(name, front);
        var body = lines[(separator + 1)..].Select(ParseLine).ToList();
        while (body.Count > 0 && body[^1].Kind == BodyLineKind.Blank) body.RemoveAt(body.Count - 1);

        var sample = new SampleDefinition(name, file, format, sidecar, metadata, body);
        SampleChecks.Verify(sample);
        return sample;
    }

    private static string? Take(Dictionary<string, string> front, string key) =>
        front.Remove(key, out var value) ? value : null;

    private static ProvidedMetadata ReadMetadata(string name, Dictionary<string, string> front)
    {
        var json = new JsonObject();
        foreach (var (key, value) in front)
            json[key] = key == "isSample" ? JsonValue.Create(bool.Parse(value)) : JsonValue.Create(value);
        json["isSample"] ??= true;
        try
        {
            return json.Deserialize<ProvidedMetadata>(MetadataJson)
                ?? throw new FormatException($"{name}: empty metadata");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name}: {e.Message}", e);
        }
    }

    private static BodyLine ParseLine(string line)
    {
        if (line.Trim().Length == 0) return new(BodyLineKind.Blank, "");
        if (line == "--") return new(BodyLineKind.Rule, "");
        if (line.StartsWith("## ", StringComparison.Ordinal)) return new(BodyLineKind.Title, line[3..]);
        if (line.StartsWith("# ", StringComparison.Ordinal)) return new(BodyLineKind.OrganMark, line[2..]);
        if (line.StartsWith("= ", StringComparison.Ordinal)) return new(BodyLineKind.Centered, line[2..]);
        if (line.StartsWith("< ", StringComparison.Ordinal)) return new(BodyLineKind.FlushLeft, line[2..]);
        if (line.StartsWith("> ", StringComparison.Ordinal)) return new(BodyLineKind.Right, line[2..]);
        return new(BodyLineKind.Paragraph, line.Trim());
    }
}

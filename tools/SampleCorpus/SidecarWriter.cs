using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Domain;

namespace Gongkai.Tools.SampleCorpus;

/// <summary>Writes X.meta.json: the camelCase properties of <see cref="ProvidedMetadata"/> that are set.</summary>
public static class SidecarWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        NewLine = "\n",
        // Keep 汉字 readable in the committed files instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(ProvidedMetadata metadata) => JsonSerializer.Serialize(metadata, Json) + "\n";
}

using System.Collections.Concurrent;
using System.Text.Json;
using Gongkai.Core.Domain;
using Microsoft.Extensions.Options;

namespace Gongkai.Indexer.Catalog;

/// <summary>
/// Given catalog metadata for a corpus file: the root catalog file (one JSON object a line with a
/// "file" key and ProvidedMetadata keys), overlaid by a sidecar X.meta.json beside the file.
/// A malformed sidecar is an error of that file, reported with the file named.
/// </summary>
public sealed class SidecarReader(IOptions<CatalogOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };
    private readonly ConcurrentDictionary<string, (DateTime Stamp, Dictionary<string, ProvidedMetadata> Rows)> _catalogFiles = new();

    public bool IsMetadataFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(options.Value.SidecarSuffix, StringComparison.OrdinalIgnoreCase)
               || name.Equals(options.Value.CatalogFileName, StringComparison.OrdinalIgnoreCase);
    }

    public string SidecarPathOf(string filePath) =>
        Path.Combine(Path.GetDirectoryName(filePath) ?? "", Path.GetFileNameWithoutExtension(filePath) + options.Value.SidecarSuffix);

    /// <summary>Metadata for <paramref name="filePath"/> (absolute) whose path relative to the corpus root is <paramref name="source"/>.</summary>
    public ProvidedMetadata Read(string corpusRoot, string filePath, string source)
    {
        var fromCatalog = ReadCatalogFile(corpusRoot).GetValueOrDefault(source) ?? ProvidedMetadata.Empty;
        var sidecar = SidecarPathOf(filePath);
        if (!File.Exists(sidecar)) return fromCatalog;
        try
        {
            var given = JsonSerializer.Deserialize<ProvidedMetadata>(File.ReadAllText(sidecar), Json);
            return fromCatalog.OverlaidWith(given);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"元数据文件 {Path.GetFileName(sidecar)} 格式错误：{e.Message}", e);
        }
    }

    private Dictionary<string, ProvidedMetadata> ReadCatalogFile(string corpusRoot)
    {
        var path = Path.Combine(corpusRoot, options.Value.CatalogFileName);
        if (!File.Exists(path)) return [];
        var stamp = File.GetLastWriteTimeUtc(path);
        if (_catalogFiles.TryGetValue(path, out var cached) && cached.Stamp == stamp) return cached.Rows;
        var rows = new Dictionary<string, ProvidedMetadata>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            // One malformed line must not stop every file of the corpus (it did: each ingest threw and stayed
            // pending forever). The line names no file we could blame, so it is skipped; the files still
            // index from their own text and sidecars.
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind != JsonValueKind.Object
                    || !doc.RootElement.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.String || file.GetString() is not { } f) continue;
                rows[DocumentId.NormaliseSource(f)] = doc.RootElement.Deserialize<ProvidedMetadata>(Json) ?? ProvidedMetadata.Empty;
            }
            catch (JsonException)
            {
            }
        }
        _catalogFiles[path] = (stamp, rows);
        return rows;
    }
}

namespace Gongkai.Indexer.Catalog;

/// <summary>Options of the catalog (section "Catalog").</summary>
public sealed class CatalogOptions
{
    /// <summary>Organisation code per 发布机构, used to assign missing 索引号 ({code}/{year}-{serial}). Organs not listed get none.</summary>
    public Dictionary<string, string> OrganCodes { get; set; } = new();

    /// <summary>File at the corpus root that gives metadata for many files at once (JSON lines with a "file" key).</summary>
    public string CatalogFileName { get; set; } = "catalog.jsonl";

    /// <summary>Sidecar suffix: metadata for X.docx is read from X.meta.json beside it.</summary>
    public string SidecarSuffix { get; set; } = ".meta.json";
}

namespace Gongkai.SearchApi.Hosting;

/// <summary>Options of the data folder (section "Data"): everything the service writes lives under it.</summary>
public sealed class DataOptions
{
    public string Path { get; set; } = "data";

    public string IndexPath => System.IO.Path.Combine(Path, "index");
    public string CatalogPath => System.IO.Path.Combine(Path, "catalog.db");
    public string JobsPath => System.IO.Path.Combine(Path, "jobs.db");
    public string UploadsPath => System.IO.Path.Combine(Path, "uploads");
}

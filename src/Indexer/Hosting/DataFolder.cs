namespace Gongkai.Indexer.Hosting;

/// <summary>
/// The layout of the data folder (configuration key <c>Data:Path</c>): everything the service or the
/// import tool writes lives under one root, so one folder is the whole embedded installation.
/// </summary>
public sealed record DataFolder(string Root)
{
    public string IndexPath => Path.Combine(Root, "index");
    public string CatalogPath => Path.Combine(Root, "catalog.db");
    public string JobsPath => Path.Combine(Root, "jobs.db");
    public string UploadsPath => Path.Combine(Root, "uploads");
}

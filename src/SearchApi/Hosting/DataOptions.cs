using Gongkai.Indexer.Hosting;

namespace Gongkai.SearchApi.Hosting;

/// <summary>Options of the data folder (section "Data"): everything the service writes lives under it.</summary>
public sealed class DataOptions
{
    public string Path { get; set; } = "data";

    /// <summary>The folder's layout; one definition shared with the indexer and the import tool.</summary>
    public DataFolder Folder => new(Path);
    public string IndexPath => Folder.IndexPath;
    public string CatalogPath => Folder.CatalogPath;
    public string JobsPath => Folder.JobsPath;
    public string UploadsPath => Folder.UploadsPath;
}

using Gongkai.Indexer.Hosting;
using Gongkai.Indexer.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// The service's indexing pipeline without the service: the same registrations
/// (<see cref="IndexingRegistration.AddGongkaiIndexing"/>) with the inline queue. Opening it takes
/// the index's write lock: <see cref="IndexLockedException"/> when a running service (or another
/// import) holds the data folder.
/// </summary>
public sealed class ImportPipeline : IDisposable
{
    private readonly ServiceProvider _services;

    public FolderImporter Importer { get; }
    public DataFolder Data { get; }

    private ImportPipeline(ServiceProvider services)
    {
        _services = services;
        try
        {
            Data = services.GetRequiredService<DataFolder>();
            // Resolving the importer opens the index (and its lock) before anything is written to the catalog.
            services.GetRequiredService<IndexHost>();
            Importer = services.GetRequiredService<FolderImporter>();
        }
        catch
        {
            services.Dispose();
            throw;
        }
    }

    /// <param name="config">The service's configuration (organs, organ codes, limits); Corpus:Path and Data:Path are overridden.</param>
    /// <param name="corpusRoot">The corpus root sources are relative to (see <see cref="CorpusRootFor"/>).</param>
    /// <param name="dataPath">The data folder to write (the service's Data:Path to serve the result).</param>
    /// <param name="logging">Adds logging providers; none by default.</param>
    public static ImportPipeline Open(IConfiguration config, string corpusRoot, string dataPath, Action<IServiceCollection>? logging = null)
    {
        var merged = new ConfigurationBuilder()
            .AddConfiguration(config)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Corpus:Path"] = Path.GetFullPath(corpusRoot), ["Data:Path"] = Path.GetFullPath(dataPath) })
            .Build();
        var services = new ServiceCollection();
        if (logging is null) services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        else logging(services);
        services.AddGongkaiIndexing(merged, Path.GetFullPath);
        services.AddSingleton<DeferredIngestQueue>();
        services.AddSingleton<IIngestQueue>(sp => sp.GetRequiredService<DeferredIngestQueue>());
        services.AddSingleton<FolderImporter>();
        return new ImportPipeline(services.BuildServiceProvider());
    }

    /// <summary>
    /// The service's corpus root when <paramref name="folder"/> lies within it (sources then match what the
    /// service's scan sees), else the folder itself (the service must then run with it as its corpus).
    /// </summary>
    public static string CorpusRootFor(string folder, string? configuredCorpus)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (configuredCorpus is null) return full;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(configuredCorpus));
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? root : full;
    }

    /// <summary>Disposing commits nothing more (the importer commits) and releases the index lock.</summary>
    public void Dispose() => _services.Dispose();
}

using Gongkai.Core.Schema;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Extraction;
using Gongkai.Indexer.Indexing;
using Gongkai.Indexer.Uploads;
using Gongkai.Indexer.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gongkai.Indexer.Hosting;

/// <summary>
/// Wires the indexing pipeline (catalog, index, extraction, understanding, ingest, uploads, jobs
/// records) from configuration. Shared by the web service and the import tool so both run the
/// same pipeline; each host adds what is its own: an <see cref="IIngestQueue"/> (Hangfire or
/// inline), background services, HTTP.
/// </summary>
public static class IndexingRegistration
{
    /// <param name="resolvePath">Turns configured relative paths into absolute ones (default: <see cref="RepositoryPath.Resolve"/>).</param>
    public static IServiceCollection AddGongkaiIndexing(this IServiceCollection services, IConfiguration config, Func<string, string>? resolvePath = null)
    {
        var resolve = resolvePath ?? RepositoryPath.Resolve;
        services.Configure<CorpusOptions>(config.GetSection("Corpus"));
        services.PostConfigure<CorpusOptions>(o => o.Path = resolve(o.Path));
        services.Configure<IndexOptions>(config.GetSection("Index"));
        services.Configure<CatalogOptions>(config.GetSection("Catalog"));
        services.Configure<IngestLimits>(config.GetSection("Ingest"));
        services.Configure<UploadOptions>(config.GetSection("Uploads"));

        services.AddSingleton(_ => new DataFolder(resolve(config["Data:Path"] is { Length: > 0 } p ? p : "data")));
        services.AddSingleton<IndexAnalyzers>();
        services.AddSingleton(sp =>
        {
            var index = sp.GetRequiredService<IOptions<IndexOptions>>().Value;
            index.Path = string.IsNullOrEmpty(index.Path) ? sp.GetRequiredService<DataFolder>().IndexPath : resolve(index.Path);
            // The web host registers its ranking similarity; tools that only write get Lucene's default.
            return new IndexHost(index, sp.GetRequiredService<IndexAnalyzers>(), sp.GetService<Lucene.Net.Search.Similarities.Similarity>());
        });
        services.AddSingleton<ICatalogStore>(sp => new SqliteCatalogStore(sp.GetRequiredService<DataFolder>().CatalogPath));
        services.AddSingleton<IJobStore>(sp => new SqliteJobStore(sp.GetRequiredService<DataFolder>().CatalogPath));
        services.AddSingleton<CatalogIndex>();
        services.AddSingleton<IndexCompaction>();
        services.AddSingleton<SidecarReader>();
        services.AddSingleton<DocumentAssembler>();
        services.AddSingleton(_ => new DocumentExtractors());
        services.AddSingleton(_ => new OrganDirectory(config.GetSection("Organs").Get<Dictionary<string, string>>() ?? []));
        services.AddSingleton(_ => new GongwenReader());
        services.AddSingleton<IngestProgress>();
        services.AddSingleton<CorpusScanner>();
        services.AddSingleton<IngestService>();
        services.AddSingleton<UploadService>();
        services.AddSingleton<UploadIngestService>();
        services.AddSingleton<IndexRebuilder>();
        return services;
    }
}

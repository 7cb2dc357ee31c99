using Gongkai.Core.Analysis;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Extraction;
using Gongkai.Indexer.Indexing;
using Gongkai.Indexer.Jobs;
using Gongkai.Indexer.Understanding;
using Gongkai.SearchApi.Querying;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Hosting;

/// <summary>Wires the indexer, the index, the catalog and the API services from configuration.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddGongkai(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<CorpusOptions>(config.GetSection("Corpus"));
        services.PostConfigure<CorpusOptions>(o => o.Path = PathResolver.Resolve(o.Path));
        services.Configure<DataOptions>(config.GetSection("Data"));
        services.PostConfigure<DataOptions>(o => o.Path = PathResolver.Resolve(o.Path));
        services.Configure<IndexOptions>(config.GetSection("Index"));
        services.PostConfigure<IndexOptions>(o => { });
        services.Configure<CatalogOptions>(config.GetSection("Catalog"));
        services.Configure<IngestLimits>(config.GetSection("Ingest"));
        services.Configure<StaffOptions>(config.GetSection("Staff"));
        services.Configure<JobsOptions>(config.GetSection("Jobs"));

        services.AddSingleton<IndexAnalyzers>();
        services.AddSingleton(sp =>
        {
            var data = sp.GetRequiredService<IOptions<DataOptions>>().Value;
            var index = sp.GetRequiredService<IOptions<IndexOptions>>().Value;
            index.Path = string.IsNullOrEmpty(index.Path) ? data.IndexPath : PathResolver.Resolve(index.Path);
            return new IndexHost(index, sp.GetRequiredService<IndexAnalyzers>());
        });
        services.AddSingleton<ICatalogStore>(sp => new SqliteCatalogStore(sp.GetRequiredService<IOptions<DataOptions>>().Value.CatalogPath));
        services.AddSingleton<CatalogIndex>();
        services.AddSingleton<SidecarReader>();
        services.AddSingleton<DocumentAssembler>();
        services.AddSingleton(_ => new DocumentExtractors());
        services.AddSingleton(_ => new OrganDirectory(config.GetSection("Organs").Get<Dictionary<string, string>>() ?? []));
        services.AddSingleton(_ => new GongwenReader());
        services.AddSingleton<IngestProgress>();
        services.AddSingleton<IIngestQueue, HangfireIngestQueue>();
        services.AddSingleton<CorpusScanner>();
        services.AddSingleton<IngestService>();
        services.AddTransient<IngestFileJob>();
        services.AddTransient<CorpusScanJob>();
        services.AddHostedService<IndexMaintenanceService>();

        services.AddSingleton<StaffAccess>();
        services.AddSingleton<QueryAnalysis>();
        services.AddSingleton(_ => new QueryVocabulary(SynonymTable.Default.Expand));
        services.AddSingleton<QueryBuilder>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<DocumentRelationsService>();
        services.AddSingleton<SuggestService>();

        services.AddGongkaiJobs(config);
        services.AddHostedService<CorpusWatcher>();
        return services;
    }

    private static void AddGongkaiJobs(this IServiceCollection services, IConfiguration config)
    {
        var jobs = config.GetSection("Jobs").Get<JobsOptions>() ?? new JobsOptions();
        var data = config.GetSection("Data").Get<DataOptions>() ?? new DataOptions();
        // Each service owns its storage instance: Hangfire's global JobStorage.Current is process-wide,
        // and two hosts in one process (tests) would otherwise run each other's jobs.
        services.AddSingleton<JobStorage>(_ =>
        {
            if (jobs.Storage == JobStorageKind.InMemory) return new Hangfire.InMemory.InMemoryStorage();
            var path = PathResolver.Resolve(data.JobsPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new SQLiteStorage(path, new SQLiteStorageOptions
            {
                QueuePollInterval = jobs.PollInterval,
                InvisibilityTimeout = jobs.InvisibilityTimeout,
            });
        });
        services.AddHangfire(h => h.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = jobs.Workers;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
    }
}

using Gongkai.Core.Analysis;
using Gongkai.Indexer.Hosting;
using Gongkai.Indexer.Indexing;
using Gongkai.Indexer.Jobs;
using Gongkai.SearchApi.Querying;
using Gongkai.SearchApi.Staff.Catalog;
using Gongkai.SearchApi.Staff.Check;
using Hangfire;
using Hangfire.Storage.SQLite;

namespace Gongkai.SearchApi.Hosting;

/// <summary>Wires the indexer, the index, the catalog and the API services from configuration.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddGongkai(this IServiceCollection services, IConfiguration config)
    {
        // The pipeline itself is shared with tools/Import; what follows is the service's own part.
        services.AddGongkaiIndexing(config, PathResolver.Resolve);
        services.Configure<DataOptions>(config.GetSection("Data"));
        services.PostConfigure<DataOptions>(o => o.Path = PathResolver.Resolve(o.Path));
        services.Configure<StaffOptions>(config.GetSection("Staff"));
        services.Configure<JobsOptions>(config.GetSection("Jobs"));
        services.AddSingleton<IIngestQueue, HangfireIngestQueue>();
        services.AddTransient<IngestFileJob>();
        services.AddTransient<IngestBatchJob>();
        services.AddTransient<CorpusScanJob>();
        // First of the hosted services: its thread warms the searcher as opened while the others start.
        services.AddHostedService<SearchWarmup>();
        services.AddHostedService<IndexMaintenanceService>();

        services.AddSingleton<StaffAccess>();
        services.AddSingleton<QueryAnalysis>();
        services.AddSingleton(_ => new QueryVocabulary(SynonymTable.Default));
        services.AddSingleton<QueryBuilder>();
        // Every searcher the index hands out scores with it (IndexHost), set once, not per search.
        services.AddSingleton<Lucene.Net.Search.Similarities.Similarity>(RankingSimilarity.Instance);
        services.Configure<SearchOptions>(config.GetSection("Search"));
        services.AddSingleton<SearchService>();
        services.AddSingleton<DocumentRelationsService>();
        services.AddSingleton<SuggestService>();

        services.AddStaffCheck(config);
        services.AddGongkaiJobs(config);
        services.AddStaffCatalog();
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
        // Jobs are activated from this host's container. Hangfire's default resolves to the process-wide
        // JobActivator.Current, which the last host built sets: two hosts in one process (tests) then ran
        // each other's jobs with each other's services. Registered before AddHangfire, which only TryAdds.
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, h) => h.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = jobs.Workers;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
    }
}

using Gongkai.Indexer.Indexing;
using Gongkai.SearchApi.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gongkai.Bench;

/// <summary>
/// The product's services as the web host wires them (<see cref="ServiceRegistration.AddGongkai"/>),
/// with the job queue replaced by <see cref="InlineQueue"/>. Only the index maintenance service
/// (refresh every 500 ms, commit every 10 s) is started, as it runs in the service.
/// </summary>
public sealed class Product : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IndexMaintenanceService _maintenance;

    public IServiceProvider Services => _services;
    public InlineQueue Queue { get; }

    public Product(string corpus, string data)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Corpus:Path"] = corpus,
            ["Corpus:Watch"] = "false",
            ["Data:Path"] = data,
            ["Jobs:Storage"] = "InMemory",
            // In process every search is computed, as the Java peer's are: the ranking cache would answer the
            // mix's repeated queries from memory (over HTTP both are measured).
            ["Search:CachedResults"] = "0",
        };
        var appsettings = PathResolver.Resolve(Path.Combine("src", "SearchApi", "appsettings.json"));
        // GONGKAI_Index__RamBufferMegabytes=… and the like override a setting for one measurement (A/B without rebuilding).
        var config = new ConfigurationBuilder().AddJsonFile(appsettings, optional: true).AddInMemoryCollection(settings)
            .AddEnvironmentVariables("GONGKAI_").Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddGongkai(config);
        services.AddSingleton<InlineQueue>();
        services.AddSingleton<IIngestQueue>(sp => sp.GetRequiredService<InlineQueue>());
        _services = services.BuildServiceProvider();
        Queue = _services.GetRequiredService<InlineQueue>();
        _maintenance = _services.GetServices<IHostedService>().OfType<IndexMaintenanceService>().Single();
        _maintenance.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose()
    {
        _maintenance.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        _services.Dispose();
    }
}

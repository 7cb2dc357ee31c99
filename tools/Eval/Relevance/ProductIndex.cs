using System.Diagnostics;
using Gongkai.Indexer.Indexing;
using Gongkai.SearchApi.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Eval.Relevance;

/// <summary>
/// The product's index of ../shared/corpus, built through the real pipeline: the service's own DI
/// registration (<see cref="ServiceRegistration.AddGongkai"/>) with the job queue replaced by an
/// inline one, and no hosted services started. Searches then use the same SearchService as /api/search.
/// </summary>
public sealed class ProductIndex : IDisposable
{
    private readonly ServiceProvider _services;

    public IServiceProvider Services => _services;

    private ProductIndex(ServiceProvider services) => _services = services;

    public static ProductIndex Open(RelevanceOptions options, TextWriter output)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Corpus:Path"] = Path.Combine(options.SharedPath, "corpus"),
            ["Corpus:Watch"] = "false",
            ["Data:Path"] = options.DataPath,
            ["Jobs:Storage"] = "InMemory",
        };
        // The service's appsettings carry the organ directory the indexer uses; read it when the tool runs in the repository.
        var appsettings = PathResolver.Resolve(Path.Combine("src", "SearchApi", "appsettings.json"));
        var config = new ConfigurationBuilder().AddJsonFile(appsettings, optional: true).AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddGongkai(config);
        services.AddSingleton<CollectingQueue>();
        services.AddSingleton<IIngestQueue>(sp => sp.GetRequiredService<CollectingQueue>());
        var provider = services.BuildServiceProvider();
        var product = new ProductIndex(provider);
        product.Prepare(options, output);
        return product;
    }

    private void Prepare(RelevanceOptions options, TextWriter output)
    {
        var index = _services.GetRequiredService<CatalogIndex>();
        var fresh = index.Store.ListSources().Count == 0;
        var clock = Stopwatch.StartNew();
        if (fresh)
        {
            output.WriteLine($"building the product index in {options.DataPath} (full ingest of the corpus) …");
            _services.GetRequiredService<CorpusScanner>().Scan();
            var queue = _services.GetRequiredService<CollectingQueue>();
            var ingest = _services.GetRequiredService<IngestService>();
            var done = 0;
            var total = queue.Count;
            while (queue.TryTake(out var source))
            {
                ingest.IngestCorpusFile(source);
                if (++done % 500 == 0) output.WriteLine($"  {done}/{total} files, {clock.Elapsed.TotalSeconds:F0} s");
            }
            index.Commit();
        }
        else if (options.Rebuild)
        {
            output.WriteLine($"rebuilding the product index from the catalog in {options.DataPath} …");
            index.Rebuild();
        }
        else
        {
            index.CatchUp();
        }
        // As the service does before it reports ready.
        _services.GetRequiredService<IndexCompaction>().CompactIfFragmented();
        index.Host.Refresh();
        if (clock.Elapsed.TotalSeconds > 1) output.WriteLine($"  product index ready in {clock.Elapsed.TotalSeconds:F0} s");
    }

    public void Dispose() => _services.Dispose();
}

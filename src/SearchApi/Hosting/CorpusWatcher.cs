using Gongkai.Indexer.Indexing;
using Gongkai.Indexer.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Hosting;

/// <summary>
/// Starts the first corpus scan as a job when the service starts, and queues a new scan when files
/// under the corpus change (debounced, so copying a folder triggers one scan, not thousands).
/// </summary>
public sealed class CorpusWatcher(IOptions<CorpusOptions> options, IBackgroundJobClient jobs, ILogger<CorpusWatcher> log)
    : IHostedService, IDisposable
{
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.Enqueue<CorpusScanJob>(j => j.Run());
        var root = Path.GetFullPath(options.Value.Path);
        if (options.Value.Watch && Directory.Exists(root))
        {
            _debounce = new Timer(_ => jobs.Enqueue<CorpusScanJob>(j => j.Run()));
            _watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            _watcher.Created += (_, _) => Poke();
            _watcher.Changed += (_, _) => Poke();
            _watcher.Deleted += (_, _) => Poke();
            _watcher.Renamed += (_, _) => Poke();
            _watcher.Error += (_, e) => log.LogWarning(e.GetException(), "Corpus watcher error; a later change will scan again");
        }
        return Task.CompletedTask;
    }

    private void Poke() => _debounce?.Change(options.Value.WatchDebounce, Timeout.InfiniteTimeSpan);

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null) _watcher.EnableRaisingEvents = false;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }
}

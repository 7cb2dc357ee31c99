using Gongkai.Indexer.Indexing;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// The import tool's queue: the scan hands it files, and the importer ingests them right after, on
/// the same thread — synchronous, but with the total known up front for the progress bar.
/// </summary>
public sealed class DeferredIngestQueue : IIngestQueue
{
    private readonly List<string> _sources = [];
    private readonly Lock _gate = new();

    public void EnqueueFile(string source)
    {
        lock (_gate) _sources.Add(source);
    }

    /// <summary>Everything queued so far, each source once, in order; the queue is left empty.</summary>
    public IReadOnlyList<string> Drain()
    {
        lock (_gate)
        {
            var all = _sources.Distinct().ToList();
            _sources.Clear();
            return all;
        }
    }
}

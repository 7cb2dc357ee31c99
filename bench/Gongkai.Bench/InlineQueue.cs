using System.Collections.Concurrent;
using Gongkai.Indexer.Indexing;

namespace Gongkai.Bench;

/// <summary>The scanner's queue kept in memory and drained by the benchmark's own workers instead of Hangfire.</summary>
public sealed class InlineQueue : IIngestQueue
{
    private readonly ConcurrentQueue<string> _sources = new();

    public void EnqueueFile(string source) => _sources.Enqueue(source);

    public bool TryTake(out string source) => _sources.TryDequeue(out source!);

    public int Count => _sources.Count;
}

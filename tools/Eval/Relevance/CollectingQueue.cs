using Gongkai.Indexer.Indexing;

namespace Gongkai.Eval.Relevance;

/// <summary>The scanner's queue, kept in memory and drained inline: the harness ingests in its own thread, no job server.</summary>
public sealed class CollectingQueue : IIngestQueue
{
    private readonly Queue<string> _sources = new();

    public void EnqueueFile(string source) => _sources.Enqueue(source);

    public bool TryTake(out string source) => _sources.TryDequeue(out source!);

    public int Count => _sources.Count;
}

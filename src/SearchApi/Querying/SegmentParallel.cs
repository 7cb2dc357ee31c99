using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Runs one search over the index's segments in parts, on as many cores as there are, each part with a
/// collector of its own for the caller to merge. Most searches of a district's catalog come one at a time:
/// a computed search on the 200k index took ≈ 14 ms on one core while the other idled. The calling thread
/// searches too and takes any part no helper has started yet, so when every core is busy (a saturated
/// service, 2 thread-pool threads on 2 cores) a search runs whole on its own thread as before, and never
/// waits for a helper to be scheduled — only for a part a helper is already searching.
/// </summary>
internal static class SegmentParallel
{
    /// <summary>An index smaller than this is searched by the calling thread alone: its searches take a few milliseconds at most.</summary>
    public const int MinDocs = 20_000;

    /// <summary>
    /// Collects <paramref name="query"/> over every segment into one collector: each part into its own
    /// (<paramref name="newCollector"/>), the others then added into the first (<paramref name="add"/>). Parts are
    /// segments grouped to about equal document counts.
    /// </summary>
    public static T Search<T>(IndexSearcher searcher, Query query, Func<T> newCollector, Action<T, T> add) where T : ICollector
    {
        // Cores are shared among the searches running: with as many searches as cores, each runs on its own
        // thread (more parts would only oversubscribe the cores; measured at 2-thread saturation: the same
        // searches/s and CPU per search as before parts).
        var running = Interlocked.Increment(ref _running);
        try
        {
            return Search(searcher, query, newCollector, add, Environment.ProcessorCount / running, MinDocs);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    /// <summary>Searches inside <see cref="Search{T}(IndexSearcher, Query, Func{T}, Action{T, T})"/> now, process-wide.</summary>
    private static int _running;

    /// <summary>The search in up to <paramref name="cores"/> parts, unless the index has fewer than <paramref name="minDocs"/> documents.</summary>
    internal static T Search<T>(IndexSearcher searcher, Query query, Func<T> newCollector, Action<T, T> add, int cores, int minDocs) where T : ICollector
    {
        var parts = Parts(searcher.IndexReader.Leaves, cores, minDocs);
        var weight = searcher.CreateNormalizedWeight(query);
        var collectors = parts.Select(_ => newCollector()).ToArray();
        Run(parts.Count, i =>
        {
            foreach (var leaf in parts[i]) Collect(weight, leaf, collectors[i]);
        });
        foreach (var other in collectors.Skip(1)) add(collectors[0], other);
        return collectors[0];
    }

    /// <summary>What <see cref="IndexSearcher"/> does per segment.</summary>
    private static void Collect(Weight weight, AtomicReaderContext leaf, ICollector collector)
    {
        collector.SetNextReader(leaf);
        weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
    }

    /// <summary>Segments in up to <paramref name="cores"/> groups of about equal size, largest segments placed first.</summary>
    internal static IReadOnlyList<List<AtomicReaderContext>> Parts(IList<AtomicReaderContext> leaves, int cores, int minDocs)
    {
        var docs = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var n = docs < minDocs ? 1 : Math.Max(1, Math.Min(cores, leaves.Count));
        var parts = Enumerable.Range(0, n).Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[n];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            parts[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }
        // Each part in index order: collectors see their segments as a sequential search would.
        foreach (var p in parts) p.Sort((a, b) => a.Ord.CompareTo(b.Ord));
        // An empty index still has one (empty) part: the caller merges at least one collector.
        return parts.Where((p, i) => i == 0 || p.Count > 0).ToList();
    }

    /// <summary>Runs parts 0 … n−1: the caller and up to n−1 pool threads take them in turn; returns when all are done.</summary>
    private static void Run(int n, Action<int> part)
    {
        if (n <= 1)
        {
            part(0);
            return;
        }
        var work = new Turns(n, part);
        for (var h = 1; h < n; h++) ThreadPool.UnsafeQueueUserWorkItem(static w => w.Work(), work, preferLocal: false);
        work.Work();
        // Not disposed: the helper finishing the last part may still be inside Set when Wait returns.
        work.Done.Wait();
        if (work.Error is { } e) ExceptionDispatchInfo.Throw(e);
    }

    private sealed class Turns(int count, Action<int> part)
    {
        private readonly int _count = count;
        private int _next = -1;
        private int _pending = count;
        public ManualResetEventSlim Done { get; } = new();
        public Exception? Error;

        /// <summary>Takes parts until none is left; a helper scheduled late finds none and returns at once.</summary>
        public void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref _next)) < _count)
            {
                try
                {
                    part(i);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref Error, e, null);
                }
                finally
                {
                    if (Interlocked.Decrement(ref _pending) == 0) Done.Set();
                }
            }
        }
    }
}

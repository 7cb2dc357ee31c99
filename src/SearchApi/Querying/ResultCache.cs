using Lucene.Net.Index;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// The rankings of recent searches on the current searcher, so that a person paging through results, a
/// page drawn again after a facet click is undone, or a popular query asked again is answered without
/// searching: only the page's stored fields and snippets are read. An entry holds what a search computes
/// over the whole index (<see cref="Ranking"/>), never a page. The index answers a search the same way until
/// its searcher changes (a refresh after ingest or a deletion), so entries are valid for the reader they were
/// computed on and the cache empties when a request comes with another one. Least recently used first out.
/// </summary>
internal sealed class ResultCache(int capacity)
{
    /// <summary>
    /// Rankings holding more hits than this (pages past the 10th of 100) are not kept: an entry then stays within
    /// ≈ 60 KB, so a crawler paging deep cannot fill the service's memory with rankings (1,024 × 10,000 hits ≈ 400 MB).
    /// </summary>
    public const int MaxHitsKept = 1_000;

    /// <summary>A search as cached: the request without its page (every page of it shares one ranking) and who asks.</summary>
    public readonly record struct Key(SearchRequest Request, bool Staff)
    {
        public static Key Of(SearchRequest request, bool staff) => new(request with { Page = 1, Size = 1 }, staff);
    }

    private readonly Dictionary<Key, LinkedListNode<(Key Key, Ranking Ranking)>> _entries = [];
    private readonly LinkedList<(Key Key, Ranking Ranking)> _recent = new();
    /// <summary>The searcher's reader the entries were computed on; weak: a closed reader is not kept alive by its cache.</summary>
    private WeakReference<IndexReader>? _reader;
    private long _version = -1;
    private long _hits, _misses;

    /// <summary>Searches answered from the cache, and computed, since start (diagnostics, tests).</summary>
    public (long Hits, long Misses) Counts { get { lock (_entries) return (_hits, _misses); } }

    /// <summary>The ranking of <paramref name="key"/> on <paramref name="reader"/> if it is kept and reaches hit <paramref name="upTo"/>.</summary>
    public Ranking? Get(IndexReader reader, Key key, int upTo)
    {
        lock (_entries)
        {
            if (capacity > 0 && IsCurrent(reader) && _entries.TryGetValue(key, out var node) && upTo <= node.Value.Ranking.Reach)
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                _hits++;
                return node.Value.Ranking;
            }
            _misses++;
            return null;
        }
    }

    public void Put(IndexReader reader, Key key, Ranking ranking)
    {
        if (capacity <= 0 || ranking.Hits.Length > MaxHitsKept) return;
        lock (_entries)
        {
            if (!IsCurrent(reader))
            {
                // A search that ran on an older searcher than the cache's keeps its ranking to itself.
                if (VersionOf(reader) < _version) return;
                _entries.Clear();
                _recent.Clear();
                _reader = new WeakReference<IndexReader>(reader);
                _version = VersionOf(reader);
            }
            if (_entries.Remove(key, out var old)) _recent.Remove(old);
            _entries[key] = _recent.AddFirst((key, ranking));
            while (_entries.Count > capacity)
            {
                _entries.Remove(_recent.Last!.Value.Key);
                _recent.RemoveLast();
            }
        }
    }

    private bool IsCurrent(IndexReader reader) => _reader is not null && _reader.TryGetTarget(out var current) && ReferenceEquals(current, reader);

    private static long VersionOf(IndexReader reader) => reader is DirectoryReader d ? d.Version : 0;
}

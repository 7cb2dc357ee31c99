using System.Runtime.CompilerServices;
using System.Text;
using Gongkai.Core.Schema;
using Lucene.Net.Index;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Which documents of an index segment hold which text: a consistent sample of each document's
/// 8-character shingles (letters and digits only, width-folded; the ones whose hash falls in one
/// sixteenth of the range). The same text gives the same sample in every copy, so an excerpt's
/// sample is a subset of its source's. Built once per segment (segments never change; a merged
/// segment is read again), held as one sorted array with a directory over its hashes' top bits: a lookup
/// finds its bucket, then binary-searches the bucket's few entries.
/// Memory: 12 bytes per sampled shingle, about one per 16 characters of body text, and a directory of 4 bytes per 8 of them.
/// </summary>
internal sealed class CopyShingles
{
    private const int ShingleChars = 8;
    private const int SampleMask = 15;
    private static readonly ConditionalWeakTable<object, Pending> PerSegment = new();
    private static readonly ISet<string> BodyOnly = new HashSet<string> { IndexFields.Body };

    /// <summary>(hash &lt;&lt; 32 | doc), sorted: which documents hold a shingle.</summary>
    private readonly ulong[] _entries;
    /// <summary>Each document's sampled shingles: those of doc d are _samples[_starts[d] .. _starts[d + 1]].</summary>
    private readonly int[] _samples;
    private readonly int[] _starts;
    private readonly int _bucketBits;
    private readonly int[] _buckets;

    private CopyShingles(ulong[] entries, int[] samples, int[] starts)
    {
        (_entries, _samples, _starts) = (entries, samples, starts);
        (_bucketBits, _buckets) = Directory(entries);
    }

    /// <summary>
    /// The segment's table, or null while it is being built. A tiny segment's table (a recent flush) is
    /// built on the spot; a larger one's (after a merge, or every segment of an index opened at start:
    /// ~0.1–0.35 ms per document) in the background, so that no search waits seconds for it — until it
    /// is ready, copies in that segment are not looked for (see <see cref="Settled"/>).
    /// </summary>
    public static CopyShingles? Of(AtomicReader segment) => PendingFor(segment).Table;

    /// <summary>Whether the segment's table is built (or could not be: the reader asking was closed); starts building it.</summary>
    public static bool Settled(AtomicReader segment) => PendingFor(segment).Settled;

    private static Pending PendingFor(AtomicReader segment)
    {
        var pending = PerSegment.GetValue(segment.CoreCacheKey, _ => Start(segment));
        // The table is kept per segment core, which newer searchers share. A build that met a closed
        // reader (an older searcher released by a refresh during ingest) is started again from this
        // one; kept as it was, that segment would have had no copies until the service restarted.
        if (pending.Failed) PerSegment.AddOrUpdate(segment.CoreCacheKey, pending = Start(segment));
        return pending;
    }

    // A thread of its own, not the thread pool: on 2 cores the pool starts with 2 threads, and builds
    // holding both kept the first requests of a freshly started 200k service waiting ~3 s for a thread.
    private static Pending Start(AtomicReader segment) =>
        new(segment.MaxDoc <= InlineDocs
            ? Task.FromResult(Build(segment))
            : Task.Factory.StartNew(() => BuildInTurn(segment), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>
    /// Background builds running at once: all cores but one. An index opened at start has every segment's table
    /// to build; built all at once on 2 cores they took both from the first searches (a second query 0.6 s).
    /// </summary>
    private static readonly SemaphoreSlim Builders = new(Math.Max(1, Environment.ProcessorCount - 1));

    private static CopyShingles? BuildInTurn(AtomicReader segment)
    {
        Builders.Wait();
        try
        {
            return Build(segment);
        }
        finally
        {
            Builders.Release();
        }
    }

    /// <summary>
    /// Segments up to this size are sampled in the search that first needs them (≤ ~70 ms). It was 5,000:
    /// on a 200k index opened at start, the small segments then cost the first search 4–7 s.
    /// </summary>
    private const int InlineDocs = 200;

    /// <summary>A table built now, or being built.</summary>
    private sealed class Pending(Task<CopyShingles?> build)
    {
        public CopyShingles? Table => build.IsCompletedSuccessfully ? build.Result : null;
        public bool Settled => build.IsCompleted;
        /// <summary>The reader was closed (asked again from a newer one); any other failure is not retried.</summary>
        public bool Failed => build.IsCompletedSuccessfully && build.Result is null;
    }

    public int CountOf(int doc) => _starts[doc + 1] - _starts[doc];

    /// <summary>The sampled shingles of one document of the segment (as <see cref="Sample"/> gives them for its text).</summary>
    public ReadOnlySpan<int> SampleOf(int doc) => _samples.AsSpan(_starts[doc], CountOf(doc));

    /// <summary>
    /// Documents holding any of <paramref name="shingles"/> with how many of them each holds, in document order;
    /// shingles held by more than <paramref name="maxDocs"/> documents (boilerplate) are skipped.
    /// </summary>
    public List<(int Doc, int Shared)> Shared(ReadOnlySpan<int> shingles, int maxDocs)
    {
        // Sorted hits counted in runs: a search asks this for 5 sources in every segment, and a dictionary
        // per ask allocated more than the rest of the search together.
        var docs = new List<int>();
        foreach (var h in shingles)
        {
            var (i, j) = Range((uint)h);
            if (j - i > maxDocs) continue;
            for (var k = i; k < j; k++) docs.Add((int)(uint)_entries[k]);
        }
        docs.Sort();
        var shared = new List<(int, int)>();
        for (var k = 0; k < docs.Count;)
        {
            var run = k;
            while (k < docs.Count && docs[k] == docs[run]) k++;
            shared.Add((docs[run], k - run));
        }
        return shared;
    }

    /// <summary>Where the entries of shingle <paramref name="hash"/> are: its bucket of the directory, then a binary search within it.</summary>
    private (int From, int To) Range(uint hash)
    {
        var bucket = _bucketBits == 0 ? 0 : (int)(hash >> (32 - _bucketBits));
        int lo = _buckets[bucket], hi = _buckets[bucket + 1];
        var key = (ulong)hash << 32;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_entries[mid] < key) lo = mid + 1; else hi = mid;
        }
        var to = lo;
        while (to < _buckets[bucket + 1] && (_entries[to] >> 32) == hash) to++;
        return (lo, to);
    }

    /// <summary>The sampled shingles of a text.</summary>
    private static HashSet<int> Sample(string text)
    {
        var folded = Folded(text);
        var set = new HashSet<int>();
        for (var i = 0; i + ShingleChars <= folded.Length; i++)
        {
            var h = StableHash(folded.AsSpan(i, ShingleChars));
            if ((h & SampleMask) == 0) set.Add(h);
        }
        return set;
    }

    /// <summary>Letters and digits only, width-folded: copies differ in punctuation, spacing and full-width forms.</summary>
    internal static string Folded(string text)
    {
        var n = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(n.Length);
        foreach (var c in n)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>FNV-1a, mixed: the same in every process, unlike string hashing.</summary>
    private static int StableHash(ReadOnlySpan<char> s)
    {
        var h = 2166136261u;
        foreach (var c in s) h = (h ^ c) * 16777619u;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)h;
    }

    /// <summary>
    /// For each value of the top <see cref="_bucketBits"/> bits of a shingle's hash, where its entries start:
    /// about 8 entries a bucket, so a lookup does not binary-search millions of entries (4 % more memory).
    /// </summary>
    private static (int Bits, int[] Starts) Directory(ulong[] entries)
    {
        var bits = Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(1, entries.Length / 8.0))), 0, 24);
        if (bits == 0) return (0, [0, entries.Length]);
        var starts = new int[(1 << bits) + 1];
        var e = 0;
        for (var b = 0; b < 1 << bits; b++)
        {
            starts[b] = e;
            // An entry is (hash << 32 | doc): its top bits are its hash's.
            while (e < entries.Length && (int)(entries[e] >> (64 - bits)) == b) e++;
        }
        starts[1 << bits] = entries.Length;
        return (bits, starts);
    }

    /// <summary>The table of a segment; null when the reader was closed before it was read (asked again, it is read from a newer one).</summary>
    private static CopyShingles? Build(AtomicReader segment)
    {
        // Holding a reference keeps the reader open while it is read, even if its searcher is released.
        if (!segment.TryIncRef()) return null;
        try
        {
            return Read(segment);
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
        finally
        {
            segment.DecRef();
        }
    }

    private static CopyShingles Read(AtomicReader segment)
    {
        var entries = new List<ulong>();
        var samples = new List<int>();
        var starts = new int[segment.MaxDoc + 1];
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            var text = segment.Document(doc, BodyOnly).Get(IndexFields.Body) ?? "";
            starts[doc] = samples.Count;
            foreach (var h in Sample(text))
            {
                samples.Add(h);
                entries.Add((ulong)(uint)h << 32 | (uint)doc);
            }
        }
        starts[segment.MaxDoc] = samples.Count;
        var array = entries.ToArray();
        Array.Sort(array);
        return new CopyShingles(array, samples.ToArray(), starts);
    }
}

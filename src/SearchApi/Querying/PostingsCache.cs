using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// The decoded postings of frequent terms and exact phrases, per segment, within a memory budget, least recently used out first.
/// A common query matches half of a 200k index: its cheap form reads ≈ 270,000 postings through Lucene's
/// enumerators (decoding blocks, checking deletions, a virtual call or two per posting) — the largest part of a
/// computed search. The same frequent terms (住房, 公积金, 管理 …) come back in search after search, so their
/// documents, frequencies and length norms are kept as plain arrays and summed in one loop (ClauseAtATimeQuery).
/// So are the matches of the exact phrases of bigrams that stand for synonyms there: reading positions to find
/// them was ≈ 12 % of a search's CPU once the terms came from here.
/// A list is kept the second time it is asked for within a while: a term asked for once is not worth the memory
/// it would push out. Entries belong to a segment's core (unchanged by deletions, which are applied as an entry
/// is read) and go when the core is disposed (a merged-away segment, once no searcher holds it).
/// </summary>
/// <param name="budgetBytes">Memory the entries may take; 0 turns the cache off.</param>
/// <param name="minDocFreq">Shorter lists are read from the index each time: they cost little to decode, and their entries would crowd out the long ones.</param>
internal sealed class PostingsCache(long budgetBytes, int minDocFreq = PostingsCache.DefaultMinDocFreq)
{
    public const int DefaultMinDocFreq = 512;

    /// <summary>Lists asked for once that the cache remembers, to keep them if asked for again (≈ 100 bytes each).</summary>
    private const int RememberedMisses = 20_000;

    private readonly ConcurrentDictionary<(object Core, object Name), Entry> _entries = new();
    private readonly ConcurrentDictionary<(object Core, object Name), byte> _askedOnce = new();
    /// <summary>Segment cores with entries, each watched so that its entries go with it.</summary>
    private readonly ConcurrentDictionary<object, byte> _watched = new();
    private readonly Lock _evicting = new();
    private long _bytes, _hits, _misses, _clock;

    public long BudgetBytes => budgetBytes;

    /// <summary>Lists read from the cache and decoded into it since start, and the bytes it holds now.</summary>
    public (long Hits, long Misses, long Bytes) Counts => (Interlocked.Read(ref _hits), Interlocked.Read(ref _misses), Interlocked.Read(ref _bytes));

    /// <summary>
    /// The postings of <paramref name="term"/> in a segment (positioned by <paramref name="state"/>, from the search's
    /// <see cref="TermContext"/>), or null when the term is too rare to keep, the field has no norms, or the budget is 0.
    /// </summary>
    public CachedPostings? Get(AtomicReaderContext leaf, Term term, TermState state, int docFreq) =>
        Get(leaf, term, docFreq, reader => Decode(reader, term.Field, docFreq, () => TermDocs(reader, term, state)));

    /// <summary>
    /// The matches of an exact phrase in a segment as postings (its frequency in a document is how often the
    /// phrase stands there), from the phrase's own scorer; null as for a term. <paramref name="key"/> names the
    /// phrase (field, terms and positions); <paramref name="docFreqBound"/> is its rarest term's document count.
    /// </summary>
    public CachedPostings? Get(AtomicReaderContext leaf, string key, string field, int docFreqBound, Func<Scorer?> scorer) =>
        Get(leaf, key, docFreqBound, reader => Decode(reader, field, 0, scorer));

    /// <summary>
    /// The postings of <paramref name="name"/> (a term, or a phrase's key) in a segment if they are kept; never decodes
    /// and does not count as an ask (see <see cref="CachedPostingsWeight.GetScorer"/>).
    /// </summary>
    public CachedPostings? Kept(AtomicReaderContext leaf, object name) =>
        budgetBytes > 0 && TryKept((leaf.AtomicReader.CoreCacheKey, name), out var postings) ? postings : null;

    private bool TryKept((object Core, object Name) key, out CachedPostings postings)
    {
        postings = null!;
        if (!_entries.TryGetValue(key, out var entry)) return false;
        entry.LastUsed = Interlocked.Increment(ref _clock);
        Interlocked.Increment(ref _hits);
        postings = entry.Postings;
        return true;
    }

    private CachedPostings? Get(AtomicReaderContext leaf, object name, int docFreq, Func<AtomicReader, CachedPostings?> decode)
    {
        if (budgetBytes <= 0 || docFreq < minDocFreq || (long)docFreq * CachedPostings.BytesPerPosting > budgetBytes / 4) return null;
        var reader = leaf.AtomicReader;
        var key = (reader.CoreCacheKey, name);
        if (TryKept(key, out var kept)) return kept;
        if (!_askedOnce.TryRemove(key, out _))
        {
            if (_askedOnce.Count >= RememberedMisses) _askedOnce.Clear();
            _askedOnce.TryAdd(key, 0);
            return null;
        }
        if (decode(reader) is not { } postings) return null;
        Interlocked.Increment(ref _misses);
        var entry = new Entry(postings) { LastUsed = Interlocked.Increment(ref _clock) };
        // Two searches may decode the same list at once: one entry is kept, both use what they decoded.
        if (!_entries.TryAdd(key, entry)) return postings;
        if (reader is SegmentReader segment && _watched.TryAdd(key.CoreCacheKey, 0)) segment.AddCoreDisposedListener(new Purge(this));
        if (Interlocked.Add(ref _bytes, postings.Bytes) > budgetBytes) Evict();
        return postings;
    }

    /// <summary>A merged-away segment's core is disposed once no searcher uses it: its entries go at once, not when pushed out.</summary>
    private sealed class Purge(PostingsCache cache) : SegmentReader.ICoreDisposedListener
    {
        public void OnDispose(object ownerCoreCacheKey)
        {
            foreach (var key in cache._entries.Keys.Where(k => k.Core == ownerCoreCacheKey))
                if (cache._entries.TryRemove(key, out var entry)) Interlocked.Add(ref cache._bytes, -entry.Postings.Bytes);
            foreach (var key in cache._askedOnce.Keys.Where(k => k.Core == ownerCoreCacheKey)) cache._askedOnce.TryRemove(key, out _);
            cache._watched.TryRemove(ownerCoreCacheKey, out _);
        }
    }

    /// <summary>The term's documents in the segment, deleted or not, with frequencies.</summary>
    private static DocsEnum? TermDocs(AtomicReader reader, Term term, TermState state)
    {
        if (reader.GetTerms(term.Field) is not { } terms) return null;
        var termsEnum = terms.GetEnumerator();
        termsEnum.SeekExact(term.Bytes, state);
        return termsEnum.Docs(null, null, DocsFlags.FREQS);
    }

    /// <summary>
    /// Every document of a term's postings or a phrase's scorer (a scorer is a DocsEnum too) given no live documents —
    /// deleted ones included —, with its frequency and length norm; null when the field keeps no norms.
    /// </summary>
    private static CachedPostings? Decode(AtomicReader reader, string field, int expected, Func<DocsEnum?> matches)
    {
        if (reader.GetNormValues(field) is not { } norms) return null;
        var docs = new List<int>(expected);
        var freqs = new List<ushort>(expected);
        var lengths = new List<byte>(expected);
        if (matches() is { } postings)
        {
            int doc;
            while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                // A term standing more than 65,535 times in one document is read from the index (never seen in a catalog).
                if (postings.Freq > ushort.MaxValue) return null;
                docs.Add(doc);
                freqs.Add((ushort)postings.Freq);
                lengths.Add((byte)norms.Get(doc));
            }
        }
        return new CachedPostings([.. docs], [.. freqs], [.. lengths]);
    }

    /// <summary>Drops the least recently used entries until a tenth of the budget is free.</summary>
    private void Evict()
    {
        lock (_evicting)
        {
            if (Interlocked.Read(ref _bytes) <= budgetBytes) return;
            var target = budgetBytes - budgetBytes / 10;
            foreach (var (key, entry) in _entries.ToArray().OrderBy(kv => kv.Value.LastUsed))
            {
                if (Interlocked.Read(ref _bytes) <= target) break;
                if (_entries.TryRemove(key, out _)) Interlocked.Add(ref _bytes, -entry.Postings.Bytes);
            }
        }
    }

    private sealed class Entry(CachedPostings postings)
    {
        public CachedPostings Postings { get; } = postings;
        public long LastUsed;
    }
}

/// <summary>A term's postings (or a phrase's matches) in one segment, in document order: documents, frequencies, encoded length norms.</summary>
internal sealed record CachedPostings(int[] Docs, ushort[] Freqs, byte[] LengthNorms)
{
    /// <summary>Document (4), frequency (2), length norm (1).</summary>
    public const int BytesPerPosting = 7;

    public long Bytes => (long)Docs.Length * BytesPerPosting;
}

using System.Collections.Concurrent;

namespace Gongkai.Core.Analysis;

/// <summary>
/// Sentence → SmartCn words, shared by every words tokenizer of one analyzer. Government text
/// repeats whole sentences (标题 boilerplate, 联系方式, 政策解读 headings, 附件 lists), and SmartCn's
/// segmentation of a sentence depends on that sentence alone, so a cached sentence yields exactly
/// the tokens SmartCn would give (tests/Core.Tests: CachedSmartCnTokenizerTests).
/// Bounded by two generations: entries go to the current one; when it holds more than
/// <c>charBudget</c> characters (sentence + word text) it becomes the previous one and the old
/// previous is dropped; a hit in the previous generation is copied forward. So memory stays below
/// about two budgets, and sentences that keep recurring survive. Thread-safe without locks on hits.
/// </summary>
public sealed class SentenceSegmentCache
{
    /// <summary>Sentences longer than this are segmented every time (rarely repeated, costly to keep).</summary>
    public const int MaxSentenceLength = 512;

    private readonly long _charBudget;
    private readonly Lock _rotateGate = new();
    private Generation _current = new();
    private Generation _previous = new();
    private long _hits;
    private long _misses;

    public SentenceSegmentCache(long charBudget = 2_000_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(charBudget, 1);
        _charBudget = charBudget;
    }

    public long Hits => Interlocked.Read(ref _hits);
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Characters held now (both generations, as counted against the budget).</summary>
    public long CachedChars => Interlocked.Read(ref Volatile.Read(ref _current).Chars) + Interlocked.Read(ref Volatile.Read(ref _previous).Chars);

    /// <summary>
    /// The words of <paramref name="sentence"/>, from the cache or from <paramref name="segment"/>
    /// (called with the sentence as a string; its result must not be changed afterwards).
    /// </summary>
    public SegmentedWord[] GetOrSegment(ReadOnlySpan<char> sentence, Func<string, SegmentedWord[]> segment)
    {
        if (sentence.Length > MaxSentenceLength)
        {
            return segment(sentence.ToString());
        }

        var current = Volatile.Read(ref _current);
        if (current.Lookup.TryGetValue(sentence, out var words))
        {
            Interlocked.Increment(ref _hits);
            return words;
        }

        var previous = Volatile.Read(ref _previous);
        if (previous.Lookup.TryGetValue(sentence, out words))
        {
            Interlocked.Increment(ref _hits);
            Add(current, sentence.ToString(), words);
            return words;
        }

        Interlocked.Increment(ref _misses);
        var key = sentence.ToString();
        words = segment(key);
        Add(current, key, words);
        return words;
    }

    private void Add(Generation generation, string sentence, SegmentedWord[] words)
    {
        if (!generation.Words.TryAdd(sentence, words))
        {
            return;
        }

        var size = sentence.Length;
        foreach (var w in words)
        {
            size += w.Chars.Length + 4; // + the struct's offsets, roughly
        }

        if (Interlocked.Add(ref generation.Chars, size) <= _charBudget)
        {
            return;
        }

        lock (_rotateGate)
        {
            // Another thread may have rotated already; only the generation that overflowed rotates.
            if (ReferenceEquals(_current, generation))
            {
                Volatile.Write(ref _previous, generation);
                Volatile.Write(ref _current, new Generation());
            }
        }
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, SegmentedWord[]> Words = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, SegmentedWord[]>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public long Chars;

        public Generation() => Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

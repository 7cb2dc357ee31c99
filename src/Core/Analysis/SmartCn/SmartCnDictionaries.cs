using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace Gongkai.Core.Analysis.SmartCn;

/// <summary>
/// SmartCn's two dictionaries — words with their frequencies, and word pairs (as SmartCn's 64-bit
/// FNV hash of "word1@word2") with theirs — read from the resources Lucene.Net.Analysis.SmartCn
/// itself ships (coredict.mem, bigramdict.mem, in the format its own loaders read) into the
/// lookups of <see cref="SmartCnSegmenter"/>. Same data, so the same segmentation; loaded once
/// per process (≈ 0.3 s).
/// </summary>
internal sealed class SmartCnDictionaries
{
    private const string ResourcePrefix = "Lucene.Net.Analysis.SmartCn.Hhmm.";
    private static readonly Lazy<SmartCnDictionaries> Shared = new(() => new SmartCnDictionaries());

    private SmartCnDictionaries()
    {
        Words = ReadWords(OpenResource("coredict.mem"));
        Pairs = ReadPairs(OpenResource("bigramdict.mem"));
    }

    public static SmartCnDictionaries Instance => Shared.Value;

    public WordTrie Words { get; }

    /// <summary>Word-pair frequency by <see cref="PairHash"/> of "word1@word2".</summary>
    public LongIntMap Pairs { get; }

    /// <summary>SmartCn's pair hash (FNV over each char's low then high byte, no final mixing), one char at a time.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static long PairHash(long hash, char c) => unchecked(((hash ^ (c & 0xFF)) * FnvPrime ^ (c >> 8)) * FnvPrime);

    public const long PairHashSeed = unchecked((long)0xcbf29ce484222325UL);

    private const long FnvPrime = 1099511628211L;

    private static Stream OpenResource(string name) =>
        typeof(HHMMSegmenter).Assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"SmartCn resource {name} not found in {typeof(HHMMSegmenter).Assembly.GetName()}: the Lucene.Net.Analysis.SmartCn package changed its layout.");

    /// <summary>
    /// coredict.mem: a hash table from a word's first character to a row id, then per row the
    /// words' remaining characters (null for the one-character word) and their frequencies.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once, at start: no slow first tier for its loops
    private static WordTrie ReadWords(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        // Every array is written as its length (-1 for null) and its items, BinaryWriter's way.
        var rowOfSlot = ReadArray(reader, r => r.ReadInt16())!;
        var charOfSlot = ReadArray(reader, r => r.ReadChar())!;
        var rows = ReadArray(reader, r => ReadArray(r, words => ReadArray(words, c => c.ReadChar())))!;
        var frequencies = ReadArray(reader, r => ReadArray(r, f => f.ReadInt32()))!;
        var wordCount = rows.Sum(row => row?.Length ?? 0);

        var trie = new WordTrie(expectedNodes: wordCount);
        Span<char> buffer = stackalloc char[256];
        for (var slot = 0; slot < charOfSlot.Length; slot++)
        {
            var first = charOfSlot[slot];
            var r = rowOfSlot[slot];
            if (first == 0 || r < 0 || rows[r] is not { } row || frequencies[r] is not { } freq)
            {
                continue;
            }

            for (var w = 0; w < row.Length; w++)
            {
                var rest = row[w] ?? [];
                buffer[0] = first;
                rest.CopyTo(buffer[1..]);
                trie.Add(buffer[..(rest.Length + 1)], freq[w]);
            }
        }

        return trie;
    }

    /// <summary>bigramdict.mem: SmartCn's open-addressing table of pair hashes (0 = empty) and a parallel frequency table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LongIntMap ReadPairs(Stream stream)
    {
        // Two little-endian arrays, each after its length (BinaryWriter's layout): read in bulk, not value by value.
        using var reader = new BinaryReader(stream);
        var hashes = new long[reader.ReadInt32()];
        ReadExactly(stream, MemoryMarshal.AsBytes(hashes.AsSpan()));
        var frequencies = new int[reader.ReadInt32()];
        ReadExactly(stream, MemoryMarshal.AsBytes(frequencies.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(hashes, hashes);
            BinaryPrimitives.ReverseEndianness(frequencies, frequencies);
        }

        var used = hashes.Count(h => h != 0);
        var pairs = new LongIntMap(used);
        for (var i = 0; i < hashes.Length; i++)
        {
            if (hashes[i] != 0)
            {
                // SmartCn finds a hash at its first slot on the probe path; each hash is stored once.
                pairs.TryAdd(hashes[i], frequencies[i]);
            }
        }

        return pairs;
    }

    /// <summary>An array as SmartCn's .mem files hold it: its length (−1: null), then its items.</summary>
    private static T[]? ReadArray<T>(BinaryReader reader, Func<BinaryReader, T> item)
    {
        var length = reader.ReadInt32();
        if (length < 0)
        {
            return null;
        }

        var array = new T[length];
        for (var i = 0; i < length; i++)
        {
            array[i] = item(reader);
        }

        return array;
    }

    private static void ReadExactly(Stream stream, Span<byte> into) => stream.ReadExactly(into);
}

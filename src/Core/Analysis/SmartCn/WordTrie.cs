using System.Runtime.CompilerServices;

namespace Gongkai.Core.Analysis.SmartCn;

/// <summary>
/// SmartCn's word dictionary as a trie: a node per prefix of a dictionary word, marked when the
/// prefix is itself a word (with its frequency). Walking it from a character answers, one
/// character at a time, the two questions SmartCn's segmentation graph asks — "does any word start
/// with these characters?" and "are they a word?" — which SmartCn answers with a binary search over
/// the words of the first character per step. Read-only once built; safe for any number of threads.
/// </summary>
internal sealed class WordTrie
{
    private readonly int[] _roots = new int[char.MaxValue + 1];
    private readonly LongIntMap _edges;
    private int[] _frequencies = new int[1024];
    private bool[] _words = new bool[1024];
    private int _nodes;

    public WordTrie(int expectedNodes) => _edges = new LongIntMap(expectedNodes);

    public int Nodes => _nodes;

    /// <summary>The node of the one-character prefix <paramref name="c"/>, or 0 when no word starts with it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c) => _roots[c];

    /// <summary>The node of the prefix of <paramref name="node"/> followed by <paramref name="c"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c) => _edges.Get(EdgeKey(node, c), 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int node) => _words[node];

    /// <summary>The frequency of the word at <paramref name="node"/>; 0 for a prefix that is no word, as SmartCn gives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Frequency(int node) => _words[node] ? _frequencies[node] : 0;

    /// <summary>The frequency of <paramref name="word"/>, or 0 when it is not a dictionary word.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        var node = word.IsEmpty ? 0 : Root(word[0]);
        for (var i = 1; i < word.Length && node != 0; i++)
        {
            node = Child(node, word[i]);
        }

        return node == 0 ? 0 : Frequency(node);
    }

    /// <summary>Adds a word; false when it was already present (the first frequency stays).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called ~0.1 M times while the dictionary loads at start
    public bool Add(ReadOnlySpan<char> word, int frequency)
    {
        ArgumentOutOfRangeException.ThrowIfZero(word.Length);
        var node = _roots[word[0]];
        if (node == 0)
        {
            node = _roots[word[0]] = NewNode();
        }

        for (var i = 1; i < word.Length; i++)
        {
            var child = Child(node, word[i]);
            if (child == 0)
            {
                child = NewNode();
                _edges.TryAdd(EdgeKey(node, word[i]), child);
            }

            node = child;
        }

        if (_words[node])
        {
            return false;
        }

        _words[node] = true;
        _frequencies[node] = frequency;
        return true;
    }

    private int NewNode()
    {
        if (++_nodes == _words.Length)
        {
            Array.Resize(ref _words, _words.Length * 2);
            Array.Resize(ref _frequencies, _frequencies.Length * 2);
        }

        return _nodes;
    }

    private static long EdgeKey(int node, char c) => ((long)node << 16) | c;
}

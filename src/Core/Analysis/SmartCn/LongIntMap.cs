using System.Runtime.CompilerServices;

namespace Gongkai.Core.Analysis.SmartCn;

/// <summary>
/// An open-addressing map from non-zero 64-bit keys to ints, for the segmenter's two dictionaries
/// (trie edges and word-pair hashes). Filled once (growing as needed), then read by any number of threads.
/// A miss ends at the first empty slot of a table kept at most half full — SmartCn's own tables
/// probe with a second hash far into a fuller table, which is where its time went.
/// </summary>
internal sealed class LongIntMap
{
    private long[] _keys = [];
    private int[] _values = [];
    private int _mask;
    private int _shift;

    /// <param name="capacity">Keys expected; more make the table grow.</param>
    public LongIntMap(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        Allocate(size);
    }

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="key"/> unless present; returns false when it was.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called ~0.5 M times while the dictionaries load at start
    public bool TryAdd(long key, int value)
    {
        ArgumentOutOfRangeException.ThrowIfZero(key);
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        for (var i = Slot(key); ; i = (i + 1) & _mask)
        {
            if (_keys[i] == key)
            {
                return false;
            }

            if (_keys[i] == 0)
            {
                _keys[i] = key;
                _values[i] = value;
                Count++;
                return true;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, or <paramref name="missing"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(long key, int missing)
    {
        if (key == 0)
        {
            return missing;
        }

        var keys = _keys;
        for (var i = Slot(key); ; i = (i + 1) & _mask)
        {
            var k = keys[i];
            if (k == key)
            {
                return _values[i];
            }

            if (k == 0)
            {
                return missing;
            }
        }
    }

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        Allocate(_keys.Length * 2);
        Count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                TryAdd(keys[i], values[i]);
            }
        }
    }

    private void Allocate(int size)
    {
        _keys = new long[size];
        _values = new int[size];
        _mask = size - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    // Fibonacci hashing: the top bits of key × 2^64/φ, so keys that differ only in high bits spread too.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long key) => (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}

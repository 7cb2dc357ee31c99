namespace Gongkai.SearchApi.Staff.Check;

/// <summary>
/// MinHash signatures and their LSH band keys. Shingle hashes are already mixed, so each of the
/// <see cref="Size"/> permutations is a cheap odd-multiplier/add over them (one multiply per value).
/// Bands of <see cref="RowsPerBand"/> rows: with 64 bands of 2, a pair at Jaccard 0.2 collides in some
/// band with probability 1-(1-0.2²)^64 ≈ 0.93, needed because a draft that cuts a cover letter or a
/// 解读 part has a low Jaccard with the published file while being contained in it.
/// </summary>
public static class MinHasher
{
    public const int Size = 128;
    public const int RowsPerBand = 2;
    public const int Bands = Size / RowsPerBand;

    private static readonly ulong[] Multipliers = Seeds(0x9e3779b97f4a7c15, odd: true);
    private static readonly ulong[] Addends = Seeds(0xd1b54a32d192ed03, odd: false);

    public static ulong[] Signature(IEnumerable<ulong> shingles)
    {
        var sig = new ulong[Size];
        Array.Fill(sig, ulong.MaxValue);
        foreach (var x in shingles)
        {
            for (var i = 0; i < Size; i++)
            {
                var h = Multipliers[i] * x + Addends[i];
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    /// <summary>The key of band <paramref name="band"/>: its rows hashed together with the band number.</summary>
    public static ulong BandKey(ulong[] signature, int band)
    {
        var h = (ulong)band * 0x9e3779b97f4a7c15;
        for (var r = 0; r < RowsPerBand; r++) h = ShingleText.Mix(h ^ signature[band * RowsPerBand + r]);
        return h;
    }

    private static ulong[] Seeds(ulong seed, bool odd)
    {
        var s = new ulong[Size];
        var x = seed;
        for (var i = 0; i < Size; i++)
        {
            x = ShingleText.Mix(x + 0x9e3779b97f4a7c15);
            s[i] = odd ? x | 1 : x;
        }
        return s;
    }
}

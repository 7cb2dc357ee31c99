using System.Globalization;
using Gongkai.Core.Analysis;

namespace Gongkai.SearchApi.Staff.Check;

/// <summary>
/// A text reduced to what survives re-formatting: folded (full-width → half-width, traditional →
/// simplified), without whitespace, punctuation or symbols, every digit mapped to '#' so that changed
/// dates and figures do not break the shingles around them. <see cref="Origin"/> maps each kept
/// character back to its position in the original, so shared passages can be quoted as written.
/// </summary>
public sealed class ShingleText
{
    /// <summary>Characters per shingle: 5 CJK characters are about two words, rare enough to be distinctive, short enough to survive edits.</summary>
    public const int Length = 5;

    public string Original { get; }
    public string Normalised { get; }
    public int[] Origin { get; }

    private ShingleText(string original, string normalised, int[] origin)
    {
        Original = original;
        Normalised = normalised;
        Origin = origin;
    }

    public static ShingleText Of(string text)
    {
        var chars = new char[text.Length];
        var origin = new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = ChineseFoldingCharFilter.Fold(text[i]);
            if (char.IsWhiteSpace(c) || char.IsControl(c) || IsPunctuationOrSymbol(CharUnicodeInfo.GetUnicodeCategory(c))) continue;
            chars[n] = char.IsDigit(c) ? '#' : char.ToLowerInvariant(c);
            origin[n] = i;
            n++;
        }
        return new ShingleText(text, new string(chars, 0, n), origin[..n]);
    }

    /// <summary>Number of shingle positions (0 for a text shorter than one shingle).</summary>
    public int Count => Math.Max(0, Normalised.Length - Length + 1);

    /// <summary>The hash of the shingle starting at normalised position <paramref name="i"/>.</summary>
    public ulong HashAt(int i)
    {
        ulong h = 0xcbf29ce484222325;
        for (var k = 0; k < Length; k++) h = (h ^ Normalised[i + k]) * 0x100000001b3;
        return Mix(h);
    }

    /// <summary>Distinct shingle hashes.</summary>
    public HashSet<ulong> Shingles()
    {
        var set = new HashSet<ulong>(Count);
        for (var i = 0; i < Count; i++) set.Add(HashAt(i));
        return set;
    }

    /// <summary>splitmix64 finaliser: FNV alone leaves the low bits too regular for MinHash.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
        z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
        return z ^ (z >> 31);
    }

    private static bool IsPunctuationOrSymbol(UnicodeCategory c) => c is UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
        or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation
        or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
        or UnicodeCategory.OtherSymbol or UnicodeCategory.SpaceSeparator or UnicodeCategory.Format;
}

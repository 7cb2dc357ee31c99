namespace Gongkai.Core.Analysis;

/// <summary>
/// The one-char-to-one-char map behind <see cref="ChineseFoldingCharFilter"/>: full-width ASCII to
/// half-width, ideographic space to space, traditional to simplified Chinese (Resources/t2s.txt).
/// A flat 64K array because the map is consulted for every character indexed; it is built once and
/// never written afterwards, so sharing it between threads is safe.
/// </summary>
internal static class FoldingTable
{
    private static readonly char[] Map = Build();

    /// <summary>
    /// <see cref="Map"/> minus full-width punctuation (（！？；：，… stay as they are): the words field's
    /// variant. SmartCn's dictionaries were built from text with full-width punctuation; an ASCII
    /// delimiter is a key they miss, and a miss in their open-addressing tables probes far (measured:
    /// the words field 40 % slower on folded text, with the same ICU sentence breaks). Letters and
    /// digits are still folded; punctuation tokens are dropped by <see cref="PunctuationFilter"/>.
    /// </summary>
    private static readonly char[] WordsMap = BuildWordsMap(Map);

    public static char Fold(char c) => Map[c];

    /// <summary>The full map (<paramref name="keepFullWidthPunctuation"/> false) or the words field's.</summary>
    public static char[] For(bool keepFullWidthPunctuation) => keepFullWidthPunctuation ? WordsMap : Map;

    private static char[] BuildWordsMap(char[] full)
    {
        var map = (char[])full.Clone();
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            if (!char.IsLetterOrDigit(c))
            {
                map[c] = c;
            }
        }

        return map;
    }

    private static char[] Build()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = (char)i;
        }

        // Traditional first, so the width rules below cannot be overridden by a data file.
        foreach (var raw in EmbeddedText.Read("t2s.txt").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // "繁 简": exactly one char, a space, one char; anything else would break offsets.
            if (line.Length != 3 || line[1] != ' ')
            {
                throw new InvalidDataException($"t2s.txt: expected '<traditional> <simplified>', got '{line}'.");
            }

            map[line[0]] = line[2];
        }

        // U+FF01..U+FF5E are the full-width forms of U+0021..U+007E.
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            map[c] = (char)(c - 0xFEE0);
        }

        map['\u3000'] = ' ';
        return map;
    }
}

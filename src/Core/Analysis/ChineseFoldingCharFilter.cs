using Lucene.Net.Analysis;

namespace Gongkai.Core.Analysis;

/// <summary>
/// Folds text before tokenization: full-width ASCII (Ａ, ０, （ …) to half-width, ideographic space
/// to space, traditional to simplified characters (OpenCC table). Every character maps to exactly
/// one character, so offsets never need correcting and highlights land on the original text.
/// <see cref="Fold(string)"/> applies the same mapping to query strings and 文号 input.
/// With <c>keepFullWidthPunctuation</c> (the words field) full-width punctuation is left alone:
/// SmartCn segments it faster and drops it either way (see <see cref="FoldingTable"/>).
/// </summary>
public sealed class ChineseFoldingCharFilter : CharFilter
{
    private readonly char[] _map;

    public ChineseFoldingCharFilter(TextReader input, bool keepFullWidthPunctuation = false)
        : base(input)
    {
        _map = FoldingTable.For(keepFullWidthPunctuation);
    }

    /// <summary>The same mapping as the filter, for text that does not go through an analyzer.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldingTable.Fold(source[i]);
            }
        });
    }

    /// <summary>Folds one character (UTF-16 code unit).</summary>
    public static char Fold(char c) => FoldingTable.Fold(c);

    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        var map = _map;
        for (var i = index; i < index + read; i++)
        {
            buffer[i] = map[buffer[i]];
        }

        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c < 0 ? c : _map[c];
    }

    public override int Peek()
    {
        var c = m_input.Peek();
        return c < 0 ? c : _map[c];
    }

    // Length-preserving: an offset in the folded text is the same offset in the original.
    protected override int Correct(int currentOff) => currentOff;
}

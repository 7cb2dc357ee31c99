using Lucene.Net.Analysis;

namespace Gongkai.Core.Analysis;

/// <summary>
/// Folds text before tokenization: full-width ASCII (Ａ, ０, （ …) to half-width, ideographic space
/// to space, traditional to simplified characters (OpenCC table). Every character maps to exactly
/// one character, so offsets never need correcting and highlights land on the original text.
/// <see cref="Fold(string)"/> applies the same mapping to query strings and 文号 input.
/// </summary>
public sealed class ChineseFoldingCharFilter : CharFilter
{
    public ChineseFoldingCharFilter(TextReader input)
        : base(input)
    {
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
        for (var i = index; i < index + read; i++)
        {
            buffer[i] = FoldingTable.Fold(buffer[i]);
        }

        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c < 0 ? c : FoldingTable.Fold((char)c);
    }

    public override int Peek()
    {
        var c = m_input.Peek();
        return c < 0 ? c : FoldingTable.Fold((char)c);
    }

    // Length-preserving: an offset in the folded text is the same offset in the original.
    protected override int Correct(int currentOff) => currentOff;
}

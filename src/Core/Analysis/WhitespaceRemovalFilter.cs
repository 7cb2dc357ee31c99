using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Core.Analysis;

/// <summary>
/// Removes every whitespace character from the term text (offsets untouched), so that
/// "张政办发 〔2017〕 15号" and "张政办发〔2017〕15号" become one term.
/// </summary>
public sealed class WhitespaceRemovalFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public WhitespaceRemovalFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var kept = 0;
        for (var i = 0; i < _term.Length; i++)
        {
            if (!char.IsWhiteSpace(buffer[i]))
            {
                buffer[kept++] = buffer[i];
            }
        }

        _term.Length = kept;
        return true;
    }
}

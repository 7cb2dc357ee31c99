using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Gongkai.Core.Analysis;

/// <summary>
/// Drops tokens made only of punctuation or symbols (，《》〔〕 …). A character-class test instead of
/// SmartCn's stop-word file: the stop file misses rarer marks, and we want no real stop words at all
/// (的, 和 matter inside phrases like 住房和城乡建设局).
/// </summary>
public sealed class PunctuationFilter : FilteringTokenFilter
{
    private readonly ICharTermAttribute _term;

    public PunctuationFilter(TokenStream input)
        : base(LuceneVersion.LUCENE_48, input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept()
    {
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            // Surrogates are CJK extension characters (𠀀 …), i.e. letters.
            if (char.IsLetterOrDigit(buffer[i]) || char.IsSurrogate(buffer[i]))
            {
                return true;
            }
        }

        return false;
    }
}

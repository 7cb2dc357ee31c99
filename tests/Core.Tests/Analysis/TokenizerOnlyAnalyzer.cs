using Gongkai.Core.Analysis;
using Lucene.Net.Analysis;

namespace Gongkai.Core.Tests.Analysis;

/// <summary>A bare tokenizer behind the words field's folding, to compare tokenizers token by token.</summary>
public sealed class TokenizerOnlyAnalyzer(Func<TextReader, Tokenizer> create) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(create(reader));

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new ChineseFoldingCharFilter(reader, keepFullWidthPunctuation: true);
}

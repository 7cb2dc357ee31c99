using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Gongkai.Core.Analysis;

/// <summary>
/// The "grams" field: folding → StandardTokenizer (one token per Han character, whole Latin words
/// and numbers) → CJKWidthFilter → lowercase → CJK bigrams. Bigrams only (no unigrams beside them),
/// but a Han character standing alone between non-Han text is still emitted as a unigram.
/// Bigrams never bridge punctuation or line breaks (the filter joins only adjacent offsets).
/// Matches what SmartCn splits (张政办发, 低保) when queried as a phrase; too loose on its own.
/// </summary>
public sealed class GramsAnalyzer : Analyzer
{
    private const CJKScript Scripts = CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new CJKBigramFilter(stream, Scripts, outputUnigrams: false);
        return new TokenStreamComponents(tokenizer, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new ChineseFoldingCharFilter(reader);
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Gongkai.Core.Analysis;

/// <summary>
/// The "words" field: folding (letters, digits, traditional characters; full-width punctuation is
/// kept, SmartCn segments it faster) → SmartCn word segmentation
/// (<see cref="WordTokenizer"/>: the same tokens as <see cref="HMMChineseTokenizer"/>, computed faster) →
/// lowercase → drop pure punctuation.
/// Unlike <see cref="SmartChineseAnalyzer"/> there is no PorterStemFilter: stemming English turns
/// "Title" into "titl" and "Office" into "offic", which only confuses Chinese users searching for
/// Latin acronyms and file names. SmartCn splits some words people search for (张政办发 → 张|政|办发,
/// 低保 → 低|保); the companion <see cref="GramsAnalyzer"/> field covers those as phrases.
/// Thread-safe like every Lucene analyzer: components are cached per thread and reused.
/// </summary>
public sealed class WordsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // SegTokenFilter inside SmartCn lowercases Basic Latin only; LowerCaseFilter covers the rest.
        Tokenizer tokenizer = new WordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new PunctuationFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new ChineseFoldingCharFilter(reader, keepFullWidthPunctuation: true);
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Gongkai.Core.Analysis;

/// <summary>
/// The "words" field: folding (letters, digits, traditional characters; full-width punctuation is
/// kept, SmartCn segments it faster) → SmartCn word segmentation with a per-sentence cache
/// (<see cref="CachedSmartCnTokenizer"/>, the same tokens as <see cref="HMMChineseTokenizer"/>) →
/// lowercase → drop pure punctuation.
/// Unlike <see cref="SmartChineseAnalyzer"/> there is no PorterStemFilter: stemming English turns
/// "Title" into "titl" and "Office" into "offic", which only confuses Chinese users searching for
/// Latin acronyms and file names. SmartCn splits some words people search for (张政办发 → 张|政|办发,
/// 低保 → 低|保); the companion <see cref="GramsAnalyzer"/> field covers those as phrases.
/// Thread-safe like every Lucene analyzer: components are cached per thread and reused; the
/// sentence cache is shared by all of them.
/// </summary>
public sealed class WordsAnalyzer : Analyzer
{
    /// <summary>With a sentence cache of the default size.</summary>
    public WordsAnalyzer()
        : this(new SentenceSegmentCache())
    {
    }

    /// <param name="cache">Shared sentence cache; null segments every sentence afresh (measurements, tests).</param>
    public WordsAnalyzer(SentenceSegmentCache? cache) => Cache = cache;

    public SentenceSegmentCache? Cache { get; }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // SegTokenFilter inside SmartCn lowercases Basic Latin only; LowerCaseFilter covers the rest.
        Tokenizer tokenizer = Cache is null ? new HMMChineseTokenizer(reader) : new CachedSmartCnTokenizer(reader, Cache);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new PunctuationFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new ChineseFoldingCharFilter(reader, keepFullWidthPunctuation: true);
}

using Gongkai.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Gongkai.Bench;

/// <summary>
/// The product's WordsAnalyzer without its folding char filter: a probe for how much of the gap
/// between the words field and bare SmartCn the folding causes (run on folded text it shows that
/// ASCII delimiters slow SmartCn's dictionary lookups; the ICU sentence breaks are the same).
/// Uncached SmartCn. Measurement only, never indexed.
/// </summary>
public sealed class UnfoldedWordsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new HMMChineseTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new PunctuationFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

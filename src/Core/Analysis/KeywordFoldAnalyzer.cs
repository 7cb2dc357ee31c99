using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Gongkai.Core.Analysis;

/// <summary>
/// For exact-ish fields (organ names, 文号 text as written): the whole value as one token, folded,
/// lowercased and with all whitespace removed, so "张政办发 〔２０１７〕 15号" equals "张政办发〔2017〕15号".
/// </summary>
public sealed class KeywordFoldAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new WhitespaceRemovalFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new ChineseFoldingCharFilter(reader);
}

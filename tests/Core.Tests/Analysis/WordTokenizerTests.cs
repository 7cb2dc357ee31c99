using Gongkai.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Xunit;
using Xunit.Abstractions;

namespace Gongkai.Core.Tests.Analysis;

/// <summary>
/// The words tokenizer must give exactly SmartCn's tokens (term, offsets, type) through the whole
/// chain of sentence breaks and offset correction: relevance was measured with SmartCn's segmentation.
/// </summary>
public class WordTokenizerTests(ITestOutputHelper output)
{
    private const string Mixed =
        "张店区人民政府办公室关于印发《张店区村居审计办法》的通知。张政办发〔2017〕15号！" +
        "各镇人民政府，各街道办事处；区政府各部门：现将ＰＤＦ文件和Word 2007附件（第３号）印发给你们，请认真贯彻执行。" +
        "联系电话：0533-2181234。滬府發〔2019〕3號？关于做好低保工作的通知。\n\n" +
        "张店区人民政府办公室关于印发《张店区村居审计办法》的通知。联系电话：0533-2181234。\n一、  二、 12.5% 3.14 e-mail: a@b.cn";

    [Fact]
    public void Gives_SmartCn_tokens_terms_offsets_and_type()
    {
        using var reference = Reference();
        using var ours = Ours();
        var expected = Tokens(reference, Mixed);
        Assert.True(expected.Count > 50);
        Assert.Equal(expected, Tokens(ours, Mixed));
        Assert.Equal(expected, Tokens(ours, Mixed)); // the reused tokenizer and segmenter give the same again
    }

    [Fact]
    public void Gives_SmartCn_tokens_when_many_threads_share_one_analyzer()
    {
        string[] texts = [Mixed, "关于做好低保工作的通知。", "PDF文件下载。滬府發〔2019〕3號", Mixed + Mixed];
        using var reference = Reference();
        var expected = texts.Select(t => Tokens(reference, t)).ToArray();
        using var ours = Ours();
        var results = new List<(string, string)>[200];
        Parallel.For(0, results.Length, i => results[i] = Tokens(ours, texts[i % texts.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Fact]
    public void Gives_SmartCn_tokens_on_a_megabyte_of_real_catalog_text()
    {
        var texts = CorpusTruth.Load(1_000_000);
        if (texts is null)
        {
            output.WriteLine("SKIPPED: ../shared/corpus-truth not found beside the repository.");
            return;
        }

        using var reference = Reference();
        using var ours = Ours();
        long tokens = 0;
        foreach (var text in texts)
        {
            var expected = Tokens(reference, text);
            Assert.Equal(expected, Tokens(ours, text));
            tokens += expected.Count;
        }

        output.WriteLine($"{texts.Count} texts, {tokens:N0} tokens identical");
    }

    private static TokenizerOnlyAnalyzer Reference() => new(reader => new HMMChineseTokenizer(reader));

    private static TokenizerOnlyAnalyzer Ours() => new(reader => new WordTokenizer(reader));

    /// <summary>Each token as "term|type" and "start-end", so a failure shows which differs.</summary>
    private static List<(string, string)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, string)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(($"{term}|{type.Type}", $"{offset.StartOffset}-{offset.EndOffset}"));
        }

        stream.End();
        return tokens;
    }
}

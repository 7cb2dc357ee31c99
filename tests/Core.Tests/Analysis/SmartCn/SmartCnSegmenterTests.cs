using Gongkai.Core.Analysis.SmartCn;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;
using Xunit;
using Xunit.Abstractions;

namespace Gongkai.Core.Tests.Analysis.SmartCn;

/// <summary>
/// Our segmenter must give Lucene.Net's SmartCn segmentation exactly — words, offsets and
/// normalisation — sentence by sentence: every index and every relevance figure was built on it.
/// The reference is HHMMSegmenter + SegTokenFilter as HMMChineseTokenizer uses them.
/// </summary>
public class SmartCnSegmenterTests(ITestOutputHelper output)
{
    public static TheoryData<string> EdgeSentences => new()
    {
        "",
        "   \t\r\n　",
        "张店区人民政府办公室关于印发《张店区村居审计办法》的通知。",
        "中华 人民\t共和国　宪法", // words across spaces: SmartCn joins them, offsets span the spaces
        "中 ",
        "PDF文件和Word 2007附件第３号ＰＤＦ，ａｂｃ１２３ＡＢＣ和Ａb1",
        "ＡＢＣdef１２3４",
        "12.5% 3.14 e-mail: a@b.cn 0533-2181234",
        "滬府發〔2019〕3號？張政辦發",
        "日本語のテキストと한국어 텍스트",
        "表情😀符号𠀀字",
        "①②③ ⅠⅡⅢ ㈠㈡ ※★→",
        "￥１００元（含税）；【附件】",
        "a",
        "。",
        "的的的的的的的的的的的的",
        "中华人民共和国中华人民共和国中华人民共和国中华人民共和国中华人民共和国",
    };

    [Theory]
    [MemberData(nameof(EdgeSentences))]
    public void Gives_SmartCn_words_for_edge_cases(string sentence)
    {
        var expected = Reference(sentence);
        Assert.Equal(expected, Ours(new SmartCnSegmenter(), sentence));
    }

    [Fact]
    public void Joins_a_word_across_spaces_with_offsets_spanning_them_as_SmartCn_does()
    {
        var words = Ours(new SmartCnSegmenter(), "人民 政府");
        Assert.Contains(("人民政府", 0, 5), words);
    }

    [Fact]
    public void Gives_SmartCn_words_for_the_repository_corpus_sentence_by_sentence()
    {
        var segmenter = new SmartCnSegmenter();
        var sentences = Sentences(RepositoryTexts()).ToList();
        Assert.True(sentences.Count > 100, $"only {sentences.Count} sentences found in corpus/");
        foreach (var sentence in sentences)
        {
            Assert.Equal(Reference(sentence), Ours(segmenter, sentence));
        }
    }

    [Fact]
    public void Gives_SmartCn_words_on_four_megabytes_of_real_catalog_text()
    {
        var texts = CorpusTruth.Load(4_000_000);
        if (texts is null)
        {
            output.WriteLine("SKIPPED: ../shared/corpus-truth not found beside the repository.");
            return;
        }

        var segmenter = new SmartCnSegmenter();
        long chars = 0, words = 0, sentences = 0;
        foreach (var sentence in Sentences(texts))
        {
            var expected = Reference(sentence);
            Assert.Equal(expected, Ours(segmenter, sentence));
            chars += sentence.Length;
            words += expected.Count;
            sentences++;
        }

        output.WriteLine($"{sentences:N0} sentences, {chars:N0} chars, {words:N0} words identical");
    }

    /// <summary>What HMMChineseTokenizer emits for one sentence (Lucene.Net's WordSegmenter.SegmentSentence + SegTokenFilter).</summary>
    private static List<(string, int, int)> Reference(string sentence)
    {
        var tokens = new HHMMSegmenter().Process(sentence);
        var filter = new SegTokenFilter();
        var words = new List<(string, int, int)>();
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            var token = tokens[i];
            if (token.WordType is WordType.STRING or WordType.NUMBER or WordType.FULLWIDTH_NUMBER or WordType.FULLWIDTH_STRING)
            {
                token.CharArray = sentence.ToCharArray(token.StartOffset, token.EndOffset - token.StartOffset);
            }

            token = filter.Filter(token);
            words.Add((new string(token.CharArray), token.StartOffset, token.EndOffset));
        }

        return words;
    }

    private static List<(string, int, int)> Ours(SmartCnSegmenter segmenter, string sentence)
    {
        var words = new List<(string, int, int)>();
        foreach (var w in segmenter.Segment(sentence))
        {
            words.Add((segmenter.Text(w).ToString(), w.Start, w.End));
        }

        return words;
    }

    /// <summary>Sentences roughly as the tokenizer's ICU breaks give them: split after 。！？ and line ends.</summary>
    private static IEnumerable<string> Sentences(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '。' or '！' or '？' or '\n' || i == text.Length - 1)
                {
                    yield return text[start..(i + 1)];
                    start = i + 1;
                }
            }
        }
    }

    private static IEnumerable<string> RepositoryTexts()
    {
        var corpus = Path.Combine(CorpusTruth.RepositoryRoot(), "corpus");
        return Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);
    }
}

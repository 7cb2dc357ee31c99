using System.Text;
using Gongkai.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Xunit;
using Xunit.Abstractions;

namespace Gongkai.Core.Tests.Analysis;

/// <summary>
/// The cached tokenizer must give exactly SmartCn's tokens (term, offsets, type), whether a sentence
/// comes from the cache or not: relevance was measured with SmartCn's segmentation.
/// </summary>
public class CachedSmartCnTokenizerTests(ITestOutputHelper output)
{
    private const string Mixed =
        "张店区人民政府办公室关于印发《张店区村居审计办法》的通知。张政办发〔2017〕15号！" +
        "各镇人民政府，各街道办事处；区政府各部门：现将ＰＤＦ文件和Word 2007附件（第３号）印发给你们，请认真贯彻执行。" +
        "联系电话：0533-2181234。滬府發〔2019〕3號？关于做好低保工作的通知。\n\n" +
        "张店区人民政府办公室关于印发《张店区村居审计办法》的通知。联系电话：0533-2181234。\n一、  二、 12.5% 3.14 e-mail: a@b.cn";

    [Fact]
    public void Gives_SmartCn_tokens_for_repeated_and_new_sentences()
    {
        using var reference = Reference();
        using var cached = Cached(new SentenceSegmentCache());
        var expected = Tokens(reference, Mixed);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Tokens(cached, Mixed)); // cold: repeats within the text hit
        Assert.Equal(expected, Tokens(cached, Mixed)); // warm: every sentence hits
    }

    [Fact]
    public void Serves_repeated_sentences_from_the_cache()
    {
        var cache = new SentenceSegmentCache();
        using var cached = Cached(cache);
        Tokens(cached, "关于做好低保工作的通知。");
        var misses = cache.Misses;
        Tokens(cached, "关于做好低保工作的通知。");
        Assert.Equal(misses, cache.Misses);
        Assert.True(cache.Hits >= 1);
    }

    [Fact]
    public void Stays_within_two_budgets_and_still_gives_the_right_tokens_after_evictions()
    {
        var cache = new SentenceSegmentCache(charBudget: 2_000);
        using var cached = Cached(cache);
        using var reference = Reference();
        for (var i = 0; i < 500; i++)
        {
            var text = $"第{i}号通知。关于做好低保工作的通知。";
            Assert.Equal(Tokens(reference, text), Tokens(cached, text));
            Assert.True(cache.CachedChars <= 2 * 2_000 + 200, $"{cache.CachedChars} chars held after {i} texts");
        }
    }

    [Fact]
    public void Gives_SmartCn_tokens_when_one_cache_is_shared_by_many_threads()
    {
        string[] texts = [Mixed, "关于做好低保工作的通知。", "PDF文件下载。滬府發〔2019〕3號", Mixed + Mixed];
        using var reference = Reference();
        var expected = texts.Select(t => Tokens(reference, t)).ToArray();
        using var cached = Cached(new SentenceSegmentCache());
        var results = new List<(string, string)>[200];
        Parallel.For(0, results.Length, i => results[i] = Tokens(cached, texts[i % texts.Length]));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Fact]
    public void Gives_SmartCn_tokens_on_a_megabyte_of_real_catalog_text()
    {
        var texts = LoadTruth(1_000_000);
        if (texts is null)
        {
            output.WriteLine("SKIPPED: ../shared/corpus-truth not found beside the repository.");
            return;
        }

        var cache = new SentenceSegmentCache();
        using var reference = Reference();
        using var cached = Cached(cache);
        long tokens = 0;
        foreach (var text in texts)
        {
            var expected = Tokens(reference, text);
            Assert.Equal(expected, Tokens(cached, text));
            tokens += expected.Count;
        }

        output.WriteLine($"{texts.Count} texts, {tokens:N0} tokens identical; sentence cache hits {cache.Hits:N0}, misses {cache.Misses:N0}");
        Assert.True(cache.Hits > 0);
    }

    private static TokenizerOnlyAnalyzer Reference() => new(reader => new HMMChineseTokenizer(reader));

    private static TokenizerOnlyAnalyzer Cached(SentenceSegmentCache cache) => new(reader => new CachedSmartCnTokenizer(reader, cache));

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

    private static List<string>? LoadTruth(int bytes)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Search.sln")))
        {
            dir = dir.Parent;
        }

        var truth = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "corpus-truth");
        if (truth is null || !Directory.Exists(truth))
        {
            return null;
        }

        var texts = new List<string>();
        long size = 0;
        foreach (var file in Directory.EnumerateFiles(truth, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            texts.Add(text);
            size += Encoding.UTF8.GetByteCount(text);
            if (size >= bytes)
            {
                break;
            }
        }

        return texts;
    }
}

using System.Diagnostics;
using System.Text;
using Gongkai.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Xunit;
using Xunit.Abstractions;

namespace Gongkai.Core.Tests.Analysis;

/// <summary>
/// Runs the analyzers over ~5 MB of real catalog text (../shared/corpus-truth): checks that every
/// token's offsets point at the characters it was made from, and prints MB/s (UTF-8 bytes).
/// </summary>
[Trait("Category", "Integration")]
public class AnalyzerThroughputTests(ITestOutputHelper output)
{
    private const int SampleBytes = 5 * 1024 * 1024;

    [Fact]
    public void Analyzers_keep_offsets_true_on_real_text_and_report_throughput()
    {
        var texts = CorpusTruth.Load(SampleBytes);
        if (texts is null)
        {
            output.WriteLine("SKIPPED: ../shared/corpus-truth not found beside the repository.");
            return;
        }

        var megabytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t)) / 1024.0 / 1024.0;
        output.WriteLine($"sample: {texts.Count} files, {megabytes:F2} MB UTF-8, {texts.Sum(t => t.Length):N0} chars");
        var clock = Stopwatch.StartNew();
        var folded = texts.Sum(t => ChineseFoldingCharFilter.Fold(t).Length);
        output.WriteLine($"Fold(string) alone: {megabytes / clock.Elapsed.TotalSeconds:F2} MB/s");
        Assert.Equal(texts.Sum(t => t.Length), folded);

        var words = Measure("WordsAnalyzer", new WordsAnalyzer(), texts, megabytes);
        var grams = Measure("GramsAnalyzer", new GramsAnalyzer(), texts, megabytes);
        var keywords = Measure("KeywordFoldAnalyzer", new KeywordFoldAnalyzer(), texts, megabytes, checkTerms: false);
        Assert.True(words > texts.Count * 10, "WordsAnalyzer produced almost no tokens");
        Assert.True(grams > words, "bigrams should outnumber words on Chinese text");
        Assert.Equal(texts.Count, keywords);
    }

    private long Measure(string name, Analyzer analyzer, List<string> texts, double megabytes, bool checkTerms = true)
    {
        using (analyzer)
        {
            Run(analyzer, texts.Take(3).ToList(), check: false); // warm up dictionaries and JIT
            var clock = Stopwatch.StartNew();
            var tokens = Run(analyzer, texts, check: false);
            clock.Stop();
            output.WriteLine($"{name}: {tokens:N0} tokens in {clock.Elapsed.TotalSeconds:F2} s = {megabytes / clock.Elapsed.TotalSeconds:F2} MB/s");
            if (checkTerms)
            {
                Run(analyzer, texts, check: true);
            }

            return tokens;
        }
    }

    private static long Run(Analyzer analyzer, List<string> texts, bool check)
    {
        long count = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("body", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                count++;
                if (check)
                {
                    // The folded, lowercased original span must be the term. SmartCn joins words
                    // across spaces ("国 务 院" → 国务院, common in PDF text), so spaces are ignored.
                    var span = string.Concat(ChineseFoldingCharFilter.Fold(text[offset.StartOffset..offset.EndOffset])
                        .ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)));
                    Assert.True(span == term.ToString(),
                        $"'{term}' at [{offset.StartOffset},{offset.EndOffset}) but the text there is '{span}'");
                }
            }

            stream.End();
        }

        return count;
    }
}

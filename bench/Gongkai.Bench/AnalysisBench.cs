using System.Diagnostics;
using System.Text;
using Gongkai.Core.Analysis;
using Gongkai.Core.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Bench;

/// <summary>
/// Analysis throughput over one sample of real text: the product chain (Words + Grams over the
/// same text, as indexing a body does) and bare SmartCn, the floor both products stand on.
/// </summary>
public static class AnalysisBench
{
    /// <summary>The sample: the corpus-truth texts in name order, concatenated up to <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static void WriteSample(string truthRoot, string path, int bytes)
    {
        var b = new StringBuilder();
        var size = 0;
        foreach (var txt in Directory.EnumerateFiles(truthRoot, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(txt);
            b.Append(text).Append('\n');
            size += Encoding.UTF8.GetByteCount(text) + 1;
            if (size >= bytes) break;
        }
        File.WriteAllText(path, b.ToString());
    }

    public static void Run(string samplePath, int runs)
    {
        var text = File.ReadAllText(samplePath);
        var mb = new FileInfo(samplePath).Length / 1e6;
        using var smartCn = new SmartChineseAnalyzer(IndexAnalyzers.Version);
        using var analyzers = new IndexAnalyzers();
        var chain = Measure(runs, mb, () => Drain(analyzers.Words, IndexFields.Body, text) + Drain(analyzers.Grams, IndexFields.BodyGrams, text));
        var words = Measure(runs, mb, () => Drain(analyzers.Words, IndexFields.Body, text));
        var bare = Measure(runs, mb, () => Drain(smartCn, IndexFields.Body, text));
        KeyValues.Print("chain_mbps", Stats.Median(chain));
        KeyValues.Print("words_mbps", Stats.Median(words));
        KeyValues.Print("smartcn_mbps", Stats.Median(bare));
        KeyValues.Print("chain_runs", string.Join(' ', chain.Select(r => r.ToString("F3"))));
        KeyValues.Print("smartcn_runs", string.Join(' ', bare.Select(r => r.ToString("F3"))));
    }

    /// <summary>
    /// Warm-up before measuring, as the Java peer's: at least 3 passes and 5 seconds. Steady state is what is
    /// compared; ReadyToRun code (bench/run.sh measures the published build) is re-jitted only after its
    /// methods have been counted hot, which took 2–3 s of passes here (words + grams 5.0, 4.9, 9.4 MB/s
    /// after 3 passes; 10.3 from the JIT build).
    /// </summary>
    private const int WarmupPasses = 3;
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(5);

    /// <summary>MB/s of each run after the warm-up.</summary>
    private static List<double> Measure(int runs, double mb, Func<long> work)
    {
        var warm = Stopwatch.StartNew();
        for (var pass = 0; pass < WarmupPasses || warm.Elapsed < WarmupTime; pass++) work();
        var rates = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            work();
            rates.Add(mb / clock.Elapsed.TotalSeconds);
        }
        return rates;
    }

    private static long Drain(Analyzer analyzer, string field, string text)
    {
        long tokens = 0;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens += term.Length > 0 ? 1 : 0;
        stream.End();
        return tokens;
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Core.Tests.Analysis;

/// <summary>One token as a test sees it: the term and the offsets it claims in the original text.</summary>
public sealed record Token(string Term, int Start, int End);

/// <summary>
/// Runs an analyzer the way IndexWriter does (Reset, IncrementToken*, End, Dispose) and collects
/// terms and offsets; Lucene.Net.TestFramework's AssertAnalyzesTo is not available here.
/// </summary>
public static class TokenCollector
{
    public static IReadOnlyList<Token> Collect(Analyzer analyzer, string text, string field = "f")
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static string[] Terms(Analyzer analyzer, string text) =>
        Collect(analyzer, text).Select(t => t.Term).ToArray();

    /// <summary>The original characters each token's offsets point at.</summary>
    public static string[] Spans(Analyzer analyzer, string text) =>
        Collect(analyzer, text).Select(t => text[t.Start..t.End]).ToArray();
}

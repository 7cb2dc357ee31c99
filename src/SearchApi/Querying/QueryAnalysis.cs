using Gongkai.Core.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.SearchApi.Querying;

/// <summary>Runs the index's own analyzers over query text, so query terms are exactly the indexed ones.</summary>
public sealed class QueryAnalysis(IndexAnalyzers analyzers)
{
    /// <summary>Tokens of <paramref name="text"/> in <paramref name="field"/>, with positions.</summary>
    public IReadOnlyList<(string Term, int Position)> Tokens(string field, string text)
    {
        var result = new List<(string, int)>();
        using var stream = analyzers.For(field).GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var inc = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var pos = -1;
        while (stream.IncrementToken())
        {
            pos += Math.Max(1, inc.PositionIncrement);
            result.Add((term.ToString(), pos));
        }
        stream.End();
        return result;
    }

    public IReadOnlyList<string> Words(string text) => Tokens(IndexFields.Body, text).Select(t => t.Term).ToList();
}

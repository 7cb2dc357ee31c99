using System.Runtime.CompilerServices;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// BM25 (saturating term frequency, length normalised, one idf — TF-IDF's squared idf let one
/// long rare phrase outweigh a place name and every other word) plus coordination: a document
/// matching more of the typed concepts ranks higher. Only the concept-level BooleanQuery uses
/// coordination; the query builder disables it on every other BooleanQuery. Norms are encoded
/// the same way as the default similarity's, so it needs no reindex.
/// </summary>
public sealed class RankingSimilarity : BM25Similarity
{
    public static readonly RankingSimilarity Instance = new();

    /// <summary>Exponent on the matched share: 2 makes 3 of 4 concepts worth 0.56 of 4 of 4.</summary>
    private const double CoordPower = 2;

    public override float Coord(int overlap, int maxOverlap) =>
        maxOverlap <= 1 ? 1f : (float)Math.Pow((double)overlap / maxOverlap, CoordPower);

    /// <summary>
    /// What BM25 scores a term's or an exact phrase's postings with, for scoring them outside Lucene's scorers
    /// (<see cref="PostingsCache"/>): Lucene keeps these in private classes. The arithmetic is BM25Similarity's,
    /// operation for operation (a phrase's idf the sum of its terms'), so the scores are the same to the bit
    /// (ClauseAtATimeQueryTests compares them).
    /// </summary>
    /// <param name="queryBoost">The query's own boost.</param>
    /// <param name="topLevelBoost">The product of the enclosing queries' boosts (as given to Weight.Normalize).</param>
    internal TermScoring Scoring(float queryBoost, float topLevelBoost, CollectionStatistics collection, TermStatistics[] terms)
    {
        var idf = 0f;
        foreach (var term in terms) idf += Idf(term.DocFreq, collection.MaxDoc);
        var weight = idf * queryBoost * topLevelBoost;
        var avgdl = AvgFieldLength(collection);
        var lengths = new float[256];
        for (var i = 0; i < lengths.Length; i++) lengths[i] = K1 * ((1 - B) + B * DecodeNormValue((byte)i) / avgdl);
        return new TermScoring(weight * (K1 + 1), lengths);
    }
}

/// <summary>
/// A term's BM25 score of a posting is <c>Weight * freq / (freq + LengthFactors[norm])</c>, in float, in that order
/// (another order rounds differently in the last bit).
/// </summary>
internal sealed record TermScoring(float Weight, float[] LengthFactors)
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Score(float freq, byte norm) => Weight * freq / (freq + LengthFactors[norm]);
}

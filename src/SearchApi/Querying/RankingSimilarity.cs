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
}

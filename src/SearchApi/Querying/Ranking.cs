using Gongkai.SearchApi.Contracts;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// What a search computes over the whole index before a page is cut from it: its first <paramref name="Reach"/>
/// hits in order (fewer when it has fewer), the total, the facet counts as shown, and whether the query had to be
/// relaxed to find anything. Every page up to <paramref name="Reach"/> is cut from the same ranking (<see cref="ResultCache"/>).
/// </summary>
internal sealed record Ranking(ScoreDoc[] Hits, int Reach, int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, bool Relaxed);

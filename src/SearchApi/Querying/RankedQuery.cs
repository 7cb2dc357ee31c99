using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// A text query in two forms. <paramref name="Match"/> decides which documents match — the total, the
/// facets and a first ranking — from bigram postings alone; <paramref name="Rank"/> adds what is costly
/// to evaluate over every match (exact bigram phrases, SmartCn word phrases, title proximity) and
/// scores only the best <see cref="SearchService.RankDepth"/> of the first ranking. On a 200,000-document
/// index scoring every match with <paramref name="Rank"/> took twice the CPU per search.
/// <paramref name="Places"/> are the typed words that name a place (see <see cref="PlaceNames"/>).
/// </summary>
public sealed record RankedQuery(Query Match, Query Rank, IReadOnlyList<string> Places);

using Gongkai.Core.Analysis;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Indexing;
using Gongkai.SearchApi.Contracts;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Index;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Staff.Answer;

/// <summary>
/// Answers a 依申请公开 request from published documents only (the public search: a document the
/// public cannot see cannot be cited as published). Candidates come from the search; each is then
/// scored by how much of the request it covers — the IDF-weighted share of the request's content
/// words found in its title and text — and only those above <see cref="AnswerOptions.MinCoverage"/>
/// are cited. When none is, the request is not answerable: a loosely related citation is worse than none.
/// </summary>
public sealed class AnswerService(SearchService search, QueryAnalysis analysis, QueryVocabulary vocabulary, IndexHost host,
    IOptions<AnswerOptions> options)
{
    private readonly AnswerOptions _options = options.Value;

    public AnswerResponse Answer(string request, string baseUrl)
    {
        var wanted = RequestText.Clean(request);
        var words = ContentWords(wanted);
        var hits = search.Search(new SearchRequest { Query = wanted, Size = _options.SearchDepth }, staff: false).Hits;
        var scored = hits
            .Select((h, rank) => (Hit: h, Rank: rank, Coverage: Coverage(words, h)))
            .Where(x => x.Coverage >= _options.MinCoverage)
            .OrderByDescending(x => x.Coverage).ThenBy(x => x.Rank)
            .Take(_options.MaxCitations)
            .Select(x => AnswerCandidate.From(x.Hit, x.Coverage, Citation.From(x.Hit, baseUrl)))
            .ToList();
        return new AnswerResponse(scored.Count > 0, scored, ReplyDraft.For(scored.Select(c => c.Citation).ToList()));
    }

    /// <summary>Content words of the request with their inverse document frequency in the body field.</summary>
    private IReadOnlyList<(string Word, double Idf)> ContentWords(string text)
    {
        var words = analysis.Words(text).Where(w => w.Length >= 2 && vocabulary.IsContentWord(w)).Distinct().ToList();
        return host.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var n = Math.Max(1, reader.NumDocs);
            return (IReadOnlyList<(string, double)>)words
                .Select(w => (w, Math.Log(1 + (double)n / (1 + reader.DocFreq(new Term(IndexFields.Body, w))))))
                .ToList();
        });
    }

    private double Coverage(IReadOnlyList<(string Word, double Idf)> words, Hit hit)
    {
        if (words.Count == 0 || search.Get(hit.Id, staff: false) is not { } doc) return 0;
        var haystack = ChineseFoldingCharFilter.Fold(doc.Title + "\n" + doc.Text).ToLowerInvariant();
        var total = words.Sum(w => w.Idf);
        var found = words.Where(w => haystack.Contains(w.Word, StringComparison.Ordinal)).Sum(w => w.Idf);
        return total <= 0 ? 0 : found / total;
    }
}

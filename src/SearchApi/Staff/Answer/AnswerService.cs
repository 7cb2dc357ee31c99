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
/// words found in its text, blended with the share in its title — and only those above <see cref="AnswerOptions.MinScore"/>
/// are cited. When none is, the request is not answerable: a loosely related citation is worse than none.
/// </summary>
public sealed class AnswerService(SearchService search, QueryAnalysis analysis, QueryVocabulary vocabulary, QueryBuilder builder, IndexHost host,
    IOptions<AnswerOptions> options)
{
    private readonly AnswerOptions _options = options.Value;

    public AnswerResponse Answer(string request, string baseUrl)
    {
        var wanted = RequestText.Clean(request);
        var words = ContentWords(wanted);
        var hits = search.Search(new SearchRequest { Query = wanted, Size = _options.SearchDepth }, staff: false).Hits;
        var ranked = hits
            .Select((h, rank) => (Hit: h, Rank: rank, Coverage: Score(words, h)))
            .OrderByDescending(x => x.Coverage).ThenBy(x => x.Rank)
            .ToList();
        // Only documents about as good as the best one are cited beside it: a weaker second citation is the loosely related kind.
        var floor = Math.Max(_options.MinScore, ranked.Count > 0 ? ranked[0].Coverage - _options.MaxGapToBest : 1);
        var scored = ranked
            .Where(x => x.Coverage >= floor)
            .Take(_options.MaxCitations)
            .Select(x => AnswerCandidate.From(x.Hit, x.Coverage, Citation.From(x.Hit, baseUrl)))
            .ToList();
        return new AnswerResponse(scored.Count > 0, scored, ReplyDraft.For(scored.Select(c => c.Citation).ToList()));
    }

    /// <summary>Content words of the request with their inverse document frequency in the body field.</summary>
    private IReadOnlyList<(string Word, double Idf)> ContentWords(string text)
    {
        var words = Words(text);
        return host.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var n = Math.Max(1, reader.NumDocs);
            // Document frequency of the word as a substring (a phrase of bigrams), the same test coverage uses:
            // SmartCn's word boundaries differ between a short request and running text.
            return (IReadOnlyList<(string, double)>)words
                .Select(w => (w, Math.Log(1 + (double)n / (1 + SubstringFrequency(searcher, w)))))
                .ToList();
        });
    }

    private int SubstringFrequency(Lucene.Net.Search.IndexSearcher searcher, string word)
    {
        if (builder.GramPhrase(IndexFields.BodyGrams, word) is not { } q) return 0;
        var count = new Lucene.Net.Search.TotalHitCountCollector();
        searcher.Search(q, count);
        return count.TotalHits;
    }

    /// <summary>
    /// SmartCn's content words of the request; runs of single characters it could not place in its
    /// dictionary (慢|特|病) are joined back into one word, since they are usually the rarest term asked for.
    /// </summary>
    private List<string> Words(string text)
    {
        var folded = ChineseFoldingCharFilter.Fold(text).ToLowerInvariant();
        var words = new List<string>();
        var run = "";
        foreach (var t in analysis.Words(text).Append(""))
        {
            if (t.Length == 1 && vocabulary.IsContentWord(t) && folded.Contains(run + t, StringComparison.Ordinal)) { run += t; continue; }
            if (run.Length >= 2) words.Add(run);
            run = t.Length == 1 && vocabulary.IsContentWord(t) ? t : "";
            if (t.Length >= 2 && vocabulary.IsContentWord(t) && !RequestText.IsRequestWord(t)) words.Add(t);
        }
        return words.Distinct().ToList();
    }

    /// <summary>
    /// How well a document answers the request: IDF-weighted share of the request's content words found
    /// in its title and text, blended with the share found in its title alone (a law that mentions every
    /// word somewhere in 80 articles is not the document asked for).
    /// </summary>
    private double Score(IReadOnlyList<(string Word, double Idf)> words, Hit hit)
    {
        var total = words.Sum(w => w.Idf);
        if (total <= 0 || search.Get(hit.Id, staff: false) is not { } doc) return 0;
        var title = ChineseFoldingCharFilter.Fold(doc.Title).ToLowerInvariant();
        var text = title + "\n" + ChineseFoldingCharFilter.Fold(doc.Text).ToLowerInvariant();
        var inText = words.Where(w => text.Contains(w.Word, StringComparison.Ordinal)).Sum(w => w.Idf) / total;
        var inTitle = words.Where(w => title.Contains(w.Word, StringComparison.Ordinal)).Sum(w => w.Idf) / total;
        return (1 - _options.TitleWeight) * inText + _options.TitleWeight * inTitle;
    }
}

using Gongkai.Core.Schema;
using Gongkai.SearchApi.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Completions while typing: 文号 that start with what was typed, and titles containing it
/// (a bigram phrase on the title, so the typed text appears as written). Public documents only,
/// unless staff.
/// </summary>
public sealed class SuggestService(SearchService search, QueryBuilder builder)
{
    public const int MaxSuggestions = 8;

    public IReadOnlyList<Suggestion> Suggest(string typed, bool staff)
    {
        var text = typed.Trim();
        if (text.Length == 0) return [];
        var q = new BooleanQuery();
        if (NumberQuery.DocNumberOf(text) is { } canonical) q.Add(new TermQuery(new Term(IndexFields.DocNumber, canonical)) { Boost = 10 }, Occur.SHOULD);
        var prefix = DocNumberPrefix(text);
        if (prefix.Length >= 2) q.Add(new PrefixQuery(new Term(IndexFields.DocNumber, prefix)) { Boost = 5 }, Occur.SHOULD);
        if (builder.GramPhrase(IndexFields.TitleGrams, text) is { } title) q.Add(title, Occur.SHOULD);
        if (q.Clauses.Count == 0) return [];
        return search.Find(q, staff, MaxSuggestions * 2)
            .SelectMany(d => new[]
            {
                d.DocNumber is { } n && n.StartsWith(prefix, StringComparison.Ordinal) && prefix.Length >= 2 ? new Suggestion(n, d.Id) : null,
                new Suggestion(d.Title, d.Id),
            })
            .OfType<Suggestion>()
            .DistinctBy(s => s.Text)
            .Take(MaxSuggestions)
            .ToList();
    }

    /// <summary>What was typed, as the start of a canonical 文号: brackets of any kind become 〔〕.</summary>
    private static string DocNumberPrefix(string typed)
    {
        var s = typed.Normalize(System.Text.NormalizationForm.FormKC).Replace(" ", "");
        foreach (var open in "[(（【［﹝") s = s.Replace(open, '〔');
        foreach (var close in "])）】］﹞") s = s.Replace(close, '〕');
        return s;
    }
}

using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Turns what a person typed into Lucene clauses. Each typed word must match as written (a phrase
/// of bigrams: an exact substring, so 低保 finds 低保 and not 低 … 保), in the title (weighted) or
/// the body; the SmartCn words fields add score where it is also a whole word. Long, sentence-like
/// input (a request in the applicant's words) is cut into words of which most must match.
/// </summary>
public sealed class QueryBuilder(QueryAnalysis analysis, QueryVocabulary vocabulary)
{
    private const float TitleBoost = 3f;
    private const float WordsBoost = 0.5f;
    /// <summary>Typed words longer than this (in characters) are treated as sentences to cut up.</summary>
    private const int SentenceChars = 8;

    /// <summary>The text part of a query; null when nothing searchable remains.</summary>
    public Query? Build(UserQuery query, bool relaxed)
    {
        var clauses = new List<Query>();
        foreach (var phrase in query.Phrases) clauses.Add(Concept(phrase, withSynonyms: false));
        foreach (var word in query.Words)
        {
            if (Folded(word).Length > SentenceChars) clauses.Add(Sentence(word, relaxed));
            else clauses.Add(Concept(word, withSynonyms: true));
        }
        if (clauses.Count == 0) return null;

        var all = new BooleanQuery();
        var occur = relaxed ? Occur.SHOULD : Occur.MUST;
        foreach (var c in clauses) all.Add(c, occur);
        if (relaxed && clauses.Count > 1) all.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(clauses.Count * 0.5));
        // Documents where all typed words stand together in the title rank first.
        if (query.Words.Count + query.Phrases.Count > 1 && GramPhrase(IndexFields.TitleGrams, string.Concat(query.Positive)) is { } together)
        {
            together.Boost = TitleBoost;
            all.Add(together, Occur.SHOULD);
        }
        foreach (var ex in query.Excluded)
            if (Concept(ex, withSynonyms: false) is var q) all.Add(q, Occur.MUST_NOT);
        return all;
    }

    /// <summary>One typed word or phrase: matches as written (or as a synonym) in title or body.</summary>
    public Query Concept(string text, bool withSynonyms)
    {
        var forms = withSynonyms ? vocabulary.Equivalents(text) : [text];
        var any = new BooleanQuery();
        foreach (var form in forms)
        {
            AddIfAny(any, GramPhrase(IndexFields.TitleGrams, form), TitleBoost);
            AddIfAny(any, GramPhrase(IndexFields.BodyGrams, form), 1f);
            AddIfAny(any, WordPhrase(IndexFields.Title, form), TitleBoost * WordsBoost);
            AddIfAny(any, WordPhrase(IndexFields.Body, form), WordsBoost);
        }
        return any;
    }

    /// <summary>A long run of text without spaces: its content words, most of which must match.</summary>
    private Query Sentence(string text, bool relaxed)
    {
        var words = analysis.Words(text).Where(vocabulary.IsContentWord).Distinct().ToList();
        if (words.Count == 0) return Concept(text, withSynonyms: false);
        var q = new BooleanQuery();
        foreach (var w in words) q.Add(Concept(w, withSynonyms: true), Occur.SHOULD);
        q.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Floor(words.Count * (relaxed ? 0.3 : 0.6)));
        return q;
    }

    public Query? GramPhrase(string field, string text)
    {
        var tokens = analysis.Tokens(field, text);
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term));
        var phrase = new PhraseQuery();
        foreach (var (term, pos) in tokens) phrase.Add(new Term(field, term), pos);
        return phrase;
    }

    private Query? WordPhrase(string field, string text)
    {
        var tokens = analysis.Tokens(field, text);
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term));
        var phrase = new PhraseQuery { Slop = 1 };
        foreach (var (term, pos) in tokens) phrase.Add(new Term(field, term), pos);
        return phrase;
    }

    private static void AddIfAny(BooleanQuery into, Query? q, float boost)
    {
        if (q is null) return;
        q.Boost = boost;
        into.Add(q, Occur.SHOULD);
    }

    private static string Folded(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray());
}

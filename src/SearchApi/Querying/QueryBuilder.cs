using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Turns what a person typed into Lucene clauses. Each typed word is a concept: it scores most where
/// it stands as written (a phrase of bigrams: an exact substring, so 低保 finds 低保 and not 低 … 保)
/// or as one of its synonyms, more in the title than in the body, more again where SmartCn also sees
/// a whole word; it scores a little where only most of its bigrams occur (people paraphrase: 买新房
/// for 购买新建商品住房). Documents matching more concepts rank higher (coordination), and documents
/// where the concepts stand close together in the title rank higher still (proximity). Long, sentence-like input
/// (a request in the applicant's words) is cut into its content words, each a concept; a word that starts
/// with a place (北京市政府规章) is the place and the rest. A concept also matches the document's kind and
/// 效力级别 (<see cref="IndexFields.Labels"/>: 规范性文件, 政府规章), which its text seldom says.
/// Quoted phrases must match as written; -words must not match.
/// </summary>
public sealed class QueryBuilder(QueryAnalysis analysis, QueryVocabulary vocabulary)
{
    private const float TitleBoost = 2f;
    private const float WordsBoost = 0.5f;
    private const float PartialBoost = 0.6f;
    private const float ProximityBoost = 3f;
    /// <summary>How far apart (in bigram positions) the concepts may stand in a title for the proximity boost.</summary>
    private const int TitleSlop = 20;
    /// <summary>A place name narrows more than any other word (see <see cref="PlaceNames"/>).</summary>
    private const float PlaceBoost = 1.5f;
    /// <summary>A word naming the kind of document (规范性文件, 政府规章) weighs like a title word.</summary>
    private const float LabelBoost = TitleBoost;
    /// <summary>Places typed and places documents are from, learnt from the index.</summary>
    public PlaceNames Places { get; } = new();

    /// <summary>Finds copies of the strongest hits (see <see cref="CopyFinder"/>); relevance order only.</summary>
    public CopyFinder Copies { get; } = new();
    /// <summary>Share of a word's bigrams that must occur for a partial match.</summary>
    private const double PartialShare = 0.6;
    /// <summary>Share of the concepts a document must match; when that finds nothing, the relaxed query takes any one.</summary>
    private const double MatchShare = 0.5;
    /// <summary>Typed words longer than this (in characters) are treated as sentences to cut up.</summary>
    private const int SentenceChars = 8;

    /// <summary>The text part of a query in its two forms (see <see cref="RankedQuery"/>); null when nothing searchable remains.</summary>
    /// <param name="searcher">The searcher the query will run on: places are learnt from its index. Null: no place handling.</param>
    public RankedQuery? Build(UserQuery query, bool relaxed, IndexSearcher? searcher = null)
    {
        var concepts = new List<string>();
        foreach (var word in query.Words)
        {
            if (Folded(word).Length > SentenceChars) concepts.AddRange(ContentWords(word));
            // 北京市政府规章 is a place and what is wanted there; 淄博市张店区 is 张店区 named with its city, and
            // documents of the district name the district.
            else if (searcher is not null && Places.SplitLeading(searcher, word) is var (place, rest))
                concepts.AddRange(Places.IsPlace(searcher, rest) ? [rest] : [place, rest]);
            else concepts.Add(word);
        }
        concepts = concepts.Distinct().ToList();
        if (concepts.Count == 0 && query.Phrases.Count == 0) return null;
        var places = concepts.Select(c => searcher is not null && Places.IsPlace(searcher, c)).ToList();
        return new RankedQuery(Build(query, concepts, places, relaxed, matchOnly: true), Build(query, concepts, places, relaxed, matchOnly: false),
            concepts.Where((_, i) => places[i]).ToList());
    }

    /// <param name="places">Per concept, whether it is a place.</param>
    /// <param name="matchOnly">
    /// The cheap form: each concept as the bag of its bigrams (or, for a synonym, its bigram phrase), no
    /// word phrases, no proximity. It matches the same documents as the full form — a concept found as
    /// written or in SmartCn's words has most of its bigrams too — at half the CPU on a 200k index.
    /// </param>
    private Query Build(UserQuery query, List<string> concepts, List<bool> places, bool relaxed, bool matchOnly)
    {
        // Coordination (see RankingSimilarity) counts the concepts matched; nothing else takes part in it.
        // The cheap form matches much of the index and is scored clause by clause (see ClauseAtATimeQuery).
        var all = matchOnly ? new ClauseAtATimeQuery(disableCoord: false) : new BooleanQuery(disableCoord: false);
        foreach (var phrase in query.Phrases) all.Add(Concept(phrase, withSynonyms: false, partial: false), Occur.MUST);
        for (var i = 0; i < concepts.Count; i++)
        {
            var concept = matchOnly ? MatchConcept(concepts[i]) : Concept(concepts[i], withSynonyms: true, partial: true);
            if (places[i]) concept.Boost = PlaceBoost;
            all.Add(concept, Occur.SHOULD);
        }
        if (concepts.Count > 0 && query.Phrases.Count == 0)
            all.MinimumNumberShouldMatch = relaxed ? 1 : Math.Max(1, (int)Math.Ceiling(concepts.Count * MatchShare));
        foreach (var ex in query.Excluded) all.Add(Concept(ex, withSynonyms: false, partial: false), Occur.MUST_NOT);
        if (matchOnly || concepts.Count + query.Phrases.Count < 2 || Proximity(query.Phrases.Concat(concepts).ToList()) is not { } near) return all;
        var scored = new BooleanQuery(disableCoord: true) { { all, Occur.MUST }, { near, Occur.SHOULD } };
        return scored;
    }

    /// <summary>
    /// The strings a snippet marks: every form the query searched for — typed words, their synonyms
    /// and place stems, the content words of sentence-like input — not the sentence itself, which never occurs.
    /// </summary>
    public IReadOnlyList<string> Needles(UserQuery query)
    {
        var needles = new List<string>(query.Phrases);
        foreach (var word in query.Words)
        {
            var parts = Folded(word).Length > SentenceChars ? ContentWords(word) : [word];
            foreach (var p in parts) needles.AddRange(Forms(p));
        }
        return needles.Distinct().ToList();
    }

    /// <summary>One typed word or phrase: matches as written (or as a synonym) in title or body; partially when allowed.</summary>
    public Query Concept(string text, bool withSynonyms, bool partial)
    {
        var forms = withSynonyms ? Forms(text) : [text];
        var any = new BooleanQuery(disableCoord: true);
        foreach (var form in forms)
        {
            AddIfAny(any, GramPhrase(IndexFields.TitleGrams, form), TitleBoost);
            AddIfAny(any, GramPhrase(IndexFields.BodyGrams, form), 1f);
            AddIfAny(any, WordPhrase(IndexFields.Title, form), TitleBoost * WordsBoost);
            AddIfAny(any, WordPhrase(IndexFields.Body, form), WordsBoost);
            AddIfAny(any, Label(form), LabelBoost);
        }
        if (partial)
        {
            AddIfAny(any, GramBag(IndexFields.TitleGrams, text), TitleBoost * PartialBoost);
            AddIfAny(any, GramBag(IndexFields.BodyGrams, text), PartialBoost);
        }
        return any;
    }

    /// <summary>
    /// A concept as <see cref="Build(UserQuery, bool, IndexSearcher?, bool)"/>'s cheap form has it: the typed
    /// word's bigram bag (its phrase when it is one bigram), each other form's bigram phrase — a subset of
    /// <see cref="Concept"/>'s clauses that still finds every document <see cref="Concept"/> finds.
    /// </summary>
    private Query MatchConcept(string text)
    {
        var forms = Forms(text);
        var any = new ClauseAtATimeQuery(disableCoord: true);
        foreach (var form in forms)
        {
            var typed = form == text;
            AddIfAny(any, (typed ? GramBag(IndexFields.TitleGrams, form, clauseAtATime: true) : null) ?? GramPhrase(IndexFields.TitleGrams, form), TitleBoost);
            AddIfAny(any, (typed ? GramBag(IndexFields.BodyGrams, form, clauseAtATime: true) : null) ?? GramPhrase(IndexFields.BodyGrams, form), 1f);
            AddIfAny(any, Label(form), LabelBoost);
            // A single character has no bigram where it stands among others: SmartCn's words find it.
            if (Folded(form).Length < 2)
            {
                AddIfAny(any, WordPhrase(IndexFields.Title, form), TitleBoost * WordsBoost);
                AddIfAny(any, WordPhrase(IndexFields.Body, form), WordsBoost);
            }
        }
        return any;
    }

    /// <summary>
    /// The labels (kind, 效力级别) a form names — it is one (规章) or contains one (北京市政府规章) — as one clause;
    /// null for most words, which name none: a handful of string comparisons instead of a phrase per form.
    /// </summary>
    private static Query? Label(string form)
    {
        var f = Folded(form);
        if (f.Length < 2) return null;
        var named = IndexSchema.AllLabels.Where(l => f.Contains(l, StringComparison.Ordinal)).ToList();
        if (named.Count == 0) return null;
        if (named.Count == 1) return new TermQuery(new Term(IndexFields.Labels, named[0]));
        var any = new BooleanQuery(disableCoord: true);
        foreach (var l in named) any.Add(new TermQuery(new Term(IndexFields.Labels, l)), Occur.SHOULD);
        return any;
    }

    /// <summary>The text as typed first, then its synonyms, then a place's bare stem (成安县 → 成安).</summary>
    private IReadOnlyList<string> Forms(string text) =>
        PlaceNames.Stem(text) is { Length: >= 2 } stem ? [.. vocabulary.Equivalents(text), stem] : vocabulary.Equivalents(text);

    /// <summary>Content words of a sentence (request boilerplate dropped).</summary>
    private IEnumerable<string> ContentWords(string text)
    {
        var words = analysis.Words(text).Where(vocabulary.IsContentWord).Distinct().ToList();
        return words.Count == 0 ? [text] : words;
    }

    /// <summary>Most bigrams of a word, in any order: a paraphrase or a word split by other text.</summary>
    /// <param name="clauseAtATime">
    /// In the cheap form the bag is summed term by term (see <see cref="ClauseAtATimeQuery"/>): into its concept when any one
    /// bigram will do, on a board of its own when it needs several (中华人民共和国: 3 of its 6 bigrams, each in half the index).
    /// </param>
    private Query? GramBag(string field, string text, bool clauseAtATime = false)
    {
        var tokens = analysis.Tokens(field, text).Select(t => t.Term).Distinct().ToList();
        if (tokens.Count < 2) return null;
        var need = Math.Max(1, (int)Math.Floor(tokens.Count * PartialShare));
        var bag = clauseAtATime ? new ClauseAtATimeQuery(disableCoord: true) : new BooleanQuery(disableCoord: true);
        foreach (var t in tokens) bag.Add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        bag.MinimumNumberShouldMatch = need;
        return bag;
    }

    /// <summary>
    /// All concepts as written, close together in the title: the document is about them together.
    /// Title only: the same clause over the body (slop 40) cost 17 % of the CPU of a search and
    /// changed no figure of the relevance harness (docs/relevance.md, "Proximity").
    /// </summary>
    private Query? Proximity(IReadOnlyList<string> concepts)
    {
        const string field = IndexFields.TitleGrams;
        var phrase = new PhraseQuery { Slop = TitleSlop };
        var pos = 0;
        foreach (var c in concepts)
        {
            var tokens = analysis.Tokens(field, c);
            foreach (var (term, p) in tokens) phrase.Add(new Term(field, term), pos + p);
            pos += tokens.Count == 0 ? 0 : tokens[^1].Position + 2;
        }
        if (phrase.GetTerms().Length < 2) return null;
        phrase.Boost = TitleBoost * ProximityBoost;
        return phrase;
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

using Gongkai.SearchApi.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>
/// <see cref="ClauseAtATimeQuery"/> must match and score exactly as the <see cref="BooleanQuery"/> it stands for:
/// random queries of the cheap form's shape over a random index, compared document by document.
/// </summary>
public sealed class ClauseAtATimeQueryTests : IDisposable
{
    private static readonly string[] Vocabulary = ["aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "ii", "jj", "kk", "ll"];
    private readonly WhitespaceIndex _index;

    public ClauseAtATimeQueryTests()
    {
        var random = new Random(20261129);
        var docs = Enumerable.Range(0, 600).Select(i => new Document
        {
            new StringField("id", i.ToString(), Field.Store.YES),
            new TextField("title", Words(random, random.Next(1, 6)), Field.Store.NO),
            new TextField("body", Words(random, random.Next(0, 40)), Field.Store.NO),
        }).ToList();
        // Several segments; deleted documents must not match (live docs reach the clauses' scorers).
        _index = new WhitespaceIndex(docs, segmentDocs: 150, RankingSimilarity.Instance,
            writer => writer.DeleteDocuments(new Term("id", "7"), new Term("id", "300"), new Term("id", "599")));
    }

    /// <summary>Documents whose id ends in 0: a filter over every segment.</summary>
    private static readonly Filter EvenIds = new QueryWrapperFilter(new WildcardQuery(new Term("id", "*0")));

    private IndexSearcher Searcher() => new(_index.Reader) { Similarity = RankingSimilarity.Instance };

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[(int)(Math.Pow(random.NextDouble(), 2) * Vocabulary.Length)]));

    [Fact]
    public void Random_queries_match_and_score_as_the_boolean_query()
    {
        var random = new Random(7);
        var searcher = Searcher();
        var compared = 0;
        var distinct = new HashSet<float>();
        for (var round = 0; round < 300; round++)
        {
            var (ours, theirs) = RandomPair(random);
            var expected = Scores(searcher, theirs);
            AssertSame(expected, Scores(searcher, ours), theirs);
            compared += expected.Count;
            distinct.UnionWith(expected.Values);
        }
        Assert.True(distinct.Count > 1_000, $"only {distinct.Count} distinct scores: the random index is too uniform to test anything");
        Assert.True(compared > 10_000, $"only {compared} matches compared: the random queries match too little to test anything");
    }

    [Fact]
    public void A_filter_and_the_top_documents_are_the_boolean_query_s()
    {
        var random = new Random(11);
        var searcher = Searcher();
        for (var round = 0; round < 50; round++)
        {
            var (ours, theirs) = RandomPair(random);
            var expected = searcher.Search(new FilteredQuery(theirs, EvenIds), 20);
            var actual = searcher.Search(new FilteredQuery(ours, EvenIds), 20);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(sd => sd.Score), actual.ScoreDocs.Select(sd => sd.Score), Close);
        }
    }

    [Fact]
    public void Postings_from_the_cache_score_to_the_bit_as_postings_from_the_index()
    {
        var random = new Random(13);
        var searcher = Searcher();
        var cache = new PostingsCache(budgetBytes: 1 << 20, minDocFreq: 1);
        for (var round = 0; round < 100; round++)
        {
            var (ours, _) = RandomPair(random);
            var fromIndex = new SharedTermStates(searcher).Share(ours)[0];
            var expected = Scores(searcher, fromIndex);
            var expectedFiltered = Scores(searcher, new FilteredQuery(fromIndex, EvenIds));
            // Three times: the first reads the index, the second keeps the lists, the third reads them from the cache.
            for (var pass = 0; pass < 3; pass++)
            {
                var cached = new SharedTermStates(searcher, cache).Share(ours)[0];
                AssertIdentical(expected, Scores(searcher, cached), ours);
                AssertIdentical(expectedFiltered, Scores(searcher, new FilteredQuery(cached, EvenIds)), ours);
            }
        }
        Assert.True(cache.Counts.Hits > 1_000, $"only {cache.Counts.Hits} lists read from the cache: the test compares too little");
    }

    [Fact]
    public void Lucene_s_scorers_over_kept_postings_score_to_the_bit_as_over_the_index()
    {
        // The full form (Lucene's boolean scorers) reads the lists the cheap form kept: over every match, over a
        // filter, and jumping to a few documents as the rescoring does.
        var random = new Random(17);
        var searcher = Searcher();
        var cache = new PostingsCache(budgetBytes: 1 << 20, minDocFreq: 1);
        long kept = 0;
        for (var round = 0; round < 100; round++)
        {
            var (ours, theirs) = RandomPair(random);
            var fromIndex = new SharedTermStates(searcher).Share(theirs)[0];
            for (var pass = 0; pass < 2; pass++) Scores(searcher, new SharedTermStates(searcher, cache).Share(ours)[0]);
            var cached = new SharedTermStates(searcher, cache).Share(theirs)[0];
            var before = cache.Counts.Hits;
            var expected = Scores(searcher, fromIndex);
            AssertIdentical(expected, Scores(searcher, cached), theirs);
            AssertIdentical(Scores(searcher, new FilteredQuery(fromIndex, EvenIds)), Scores(searcher, new FilteredQuery(cached, EvenIds)), theirs);
            var few = new DocsFilter(expected.Keys.Order().Where((_, i) => i % 9 == 4).ToList());
            AssertIdentical(Scores(searcher, new FilteredQuery(fromIndex, few, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY)),
                Scores(searcher, new FilteredQuery(cached, few, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY)), theirs);
            kept += cache.Counts.Hits - before;
        }
        Assert.True(kept > 1_000, $"only {kept} lists read from the cache by Lucene's scorers: the test compares too little");
    }

    [Fact]
    public void A_concept_matched_by_several_forms_counts_once_toward_coordination()
    {
        var searcher = Searcher();
        BooleanQuery Build(Func<BooleanQuery> make, Func<BooleanQuery> concept)
        {
            var all = make();
            var first = concept();
            first.Add(new TermQuery(new Term("title", "aa")), Occur.SHOULD);
            first.Add(new TermQuery(new Term("body", "aa")), Occur.SHOULD);
            all.Add(first, Occur.SHOULD);
            all.Add(new TermQuery(new Term("body", "bb")), Occur.SHOULD);
            all.Add(new TermQuery(new Term("body", "kk")), Occur.SHOULD);
            all.MinimumNumberShouldMatch = 2;
            return all;
        }
        var theirs = Build(() => new BooleanQuery(false), () => new BooleanQuery(true));
        var ours = Build(() => new ClauseAtATimeQuery(false), () => new ClauseAtATimeQuery(true));
        var expected = Scores(searcher, theirs);
        Assert.NotEmpty(expected);
        AssertSame(expected, Scores(searcher, ours), theirs);
    }

    /// <summary>The same random query twice: as a <see cref="ClauseAtATimeQuery"/> tree and as a <see cref="BooleanQuery"/> tree.</summary>
    private static (Query Ours, Query Theirs) RandomPair(Random random)
    {
        var ours = new ClauseAtATimeQuery(disableCoord: false);
        var theirs = new BooleanQuery(disableCoord: false);
        var concepts = random.Next(1, 6);
        for (var c = 0; c < concepts; c++)
        {
            var oursConcept = new ClauseAtATimeQuery(disableCoord: true);
            var theirsConcept = new BooleanQuery(disableCoord: true);
            for (var f = random.Next(1, 4); f > 0; f--)
            {
                var (oursForm, theirsForm) = RandomForm(random);
                oursConcept.Add(oursForm, Occur.SHOULD);
                theirsConcept.Add(theirsForm, Occur.SHOULD);
            }
            var boost = random.Next(2) == 0 ? 1f : 1.5f;
            oursConcept.Boost = theirsConcept.Boost = boost;
            ours.Add(oursConcept, Occur.SHOULD);
            theirs.Add(theirsConcept, Occur.SHOULD);
        }
        ours.MinimumNumberShouldMatch = theirs.MinimumNumberShouldMatch = random.Next(0, concepts + 1);
        if (random.Next(4) == 0)
        {
            var excluded = new TermQuery(new Term("body", Vocabulary[random.Next(Vocabulary.Length)]));
            ours.Add(excluded, Occur.MUST_NOT);
            theirs.Add(excluded, Occur.MUST_NOT);
        }
        if (random.Next(6) == 0)
        {
            // A required clause (a quoted phrase): scored as a BooleanQuery, and still the same.
            var required = new TermQuery(new Term("title", Vocabulary[random.Next(4)]));
            ours.Add(required, Occur.MUST);
            theirs.Add(required, Occur.MUST);
        }
        return (ours, theirs);
    }

    /// <summary>
    /// A term, a phrase or a bag of terms with a minimum, in the title or the body, with a boost; our bag is a
    /// <see cref="ClauseAtATimeQuery"/> (unrolled into the concept when any one term will do, its own board otherwise).
    /// </summary>
    private static (Query Ours, Query Theirs) RandomForm(Random random)
    {
        var field = random.Next(2) == 0 ? "title" : "body";
        string Word() => Vocabulary[random.Next(Vocabulary.Length)];
        var boost = random.Next(3) switch { 0 => 1f, 1 => 2f, _ => 0.6f };
        Query ours, theirs;
        switch (random.Next(3))
        {
            case 0:
                ours = theirs = new TermQuery(new Term(field, Word()));
                break;
            case 1:
                ours = theirs = new PhraseQuery { new Term(field, Word()), new Term(field, Word()) };
                break;
            default:
                var words = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Word()).Distinct().ToList();
                var need = random.Next(2) == 0 ? 1 : random.Next(1, words.Count + 1);
                (ours, theirs) = (Bag(new ClauseAtATimeQuery(disableCoord: true), field, words, need), Bag(new BooleanQuery(disableCoord: true), field, words, need));
                break;
        }
        ours.Boost = boost;
        theirs.Boost = boost;
        return (ours, theirs);
    }

    private static Query Bag(BooleanQuery bag, string field, List<string> words, int need)
    {
        foreach (var w in words) bag.Add(new TermQuery(new Term(field, w)), Occur.SHOULD);
        bag.MinimumNumberShouldMatch = need;
        return bag;
    }

    /// <summary>Every match's score, by document.</summary>
    private static Dictionary<int, float> Scores(IndexSearcher searcher, Query query)
    {
        var all = new AllScores();
        searcher.Search(query, all);
        return all.ByDoc;
    }

    private sealed class AllScores : ICollector
    {
        private Scorer? _scorer;
        private int _base;
        public Dictionary<int, float> ByDoc { get; } = [];
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) => _scorer = scorer;
        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
        public void Collect(int doc) => ByDoc.Add(_base + doc, _scorer!.GetScore());
    }

    /// <summary>The same documents with the same scores, up to the order in which a document's clause scores were added.</summary>
    private static void AssertSame(Dictionary<int, float> expected, Dictionary<int, float> actual, Query query)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (doc, score) in expected)
            Assert.True(Close(score, actual[doc]), $"{query}: doc {doc} scored {actual[doc]}, expected {score}");
    }

    /// <summary>The same documents with scores equal to the bit (the same additions in the same order).</summary>
    private static void AssertIdentical(Dictionary<int, float> expected, Dictionary<int, float> actual, Query query)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (doc, score) in expected)
            Assert.True(BitConverter.SingleToInt32Bits(score) == BitConverter.SingleToInt32Bits(actual[doc]), $"{query}: doc {doc} scored {actual[doc]:R}, expected {score:R}");
    }

    private static bool Close(float a, float b) => Math.Abs(a - b) <= 1e-5f * Math.Max(1f, a);

    public void Dispose() => _index.Dispose();
}

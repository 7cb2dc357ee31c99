using Gongkai.SearchApi.Querying;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>
/// What <see cref="PostingsCache"/> keeps and for how long. That scores from its entries equal Lucene's is
/// ClauseAtATimeQueryTests' concern.
/// </summary>
public sealed class PostingsCacheTests : IDisposable
{
    private const int Docs = 60;

    // One segment: "common" in every document (twice in every third), "w0" … "w19" in every other one, "rare" in two.
    private readonly WhitespaceIndex _index = new(Enumerable.Range(0, Docs).Select(i => new Document
    {
        new TextField("body", string.Join(' ', Words(i)), Field.Store.NO),
        new StringField("key", "common", Field.Store.NO),
    }), segmentDocs: 1000);

    private static IEnumerable<string> Words(int i)
    {
        yield return "common";
        if (i % 3 == 0) yield return "common";
        if (i % 2 == 0)
            for (var w = 0; w < 20; w++) yield return "w" + w;
        if (i is 5 or 6) yield return "rare";
        for (var pad = 0; pad < i % 7; pad++) yield return "pad";
    }

    [Fact]
    public void A_list_is_kept_the_second_time_it_is_asked_for_and_holds_the_index_s_postings()
    {
        var cache = new PostingsCache(budgetBytes: 1 << 20, minDocFreq: 10);
        Assert.Null(Get(cache, "body", "common"));
        var kept = Get(cache, "body", "common");
        Assert.NotNull(kept);
        Assert.Same(kept, Get(cache, "body", "common"));
        Assert.Equal((1L, 1L, Docs * (long)CachedPostings.BytesPerPosting), cache.Counts);

        var leaf = _index.Reader.Leaves.Single();
        var norms = leaf.AtomicReader.GetNormValues("body")!;
        Assert.Equal(Enumerable.Range(0, Docs), kept.Docs);
        Assert.Equal(Enumerable.Range(0, Docs).Select(i => (ushort)(i % 3 == 0 ? 2 : 1)), kept.Freqs);
        Assert.Equal(Enumerable.Range(0, Docs).Select(i => (byte)norms.Get(i)), kept.LengthNorms);
        Assert.True(kept.LengthNorms.Distinct().Count() > 3, "the documents' lengths differ, so must their norms");
    }

    [Fact]
    public void A_phrase_s_matches_are_kept_as_postings_with_how_often_it_stands_in_each_document()
    {
        var cache = new PostingsCache(budgetBytes: 1 << 20, minDocFreq: 10);
        var leaf = _index.Reader.Leaves.Single();
        var searcher = new Lucene.Net.Search.IndexSearcher(_index.Reader);
        Lucene.Net.Search.Scorer? Scorer(params string[] words)
        {
            var phrase = new Lucene.Net.Search.PhraseQuery();
            foreach (var w in words) phrase.Add(new Term("body", w));
            return searcher.CreateNormalizedWeight(phrase).GetScorer(leaf, null!);
        }
        Assert.Null(cache.Get(leaf, "w0 w1", "body", 30, () => Scorer("w0", "w1")));
        var kept = cache.Get(leaf, "w0 w1", "body", 30, () => Scorer("w0", "w1"));
        Assert.NotNull(kept);
        Assert.Equal(Enumerable.Range(0, Docs).Where(i => i % 2 == 0), kept.Docs);
        Assert.All(kept.Freqs, f => Assert.Equal(1, f));
        // Every third document says "common" twice in a row (positions 0 and 1): the phrase stands there once.
        cache.Get(leaf, "common common", "body", 60, () => Scorer("common", "common"));
        var twice = cache.Get(leaf, "common common", "body", 60, () => Scorer("common", "common"));
        Assert.Equal(Enumerable.Range(0, Docs).Where(i => i % 3 == 0), twice!.Docs);
        Assert.All(twice.Freqs, f => Assert.Equal(1, f));
        // The term of the same words is another entry: asked for the first time, it is not kept yet.
        Assert.Null(Get(cache, "body", "common"));
    }

    [Fact]
    public void Rare_terms_fields_without_norms_and_a_zero_budget_are_left_to_the_index()
    {
        var cache = new PostingsCache(budgetBytes: 1 << 20, minDocFreq: 10);
        var off = new PostingsCache(budgetBytes: 0, minDocFreq: 10);
        for (var ask = 0; ask < 3; ask++)
        {
            Assert.Null(Get(cache, "body", "rare"));
            Assert.Null(Get(cache, "key", "common")); // a StringField keeps no norms: BM25 scores it without lengths
            Assert.Null(Get(off, "body", "common"));
        }
        Assert.Equal((0L, 0L, 0L), cache.Counts);
    }

    [Fact]
    public void The_entries_stay_within_the_budget_and_the_least_recently_used_go_first()
    {
        var listBytes = Docs / 2 * (long)CachedPostings.BytesPerPosting;
        var cache = new PostingsCache(budgetBytes: 5 * listBytes, minDocFreq: 10);
        for (var w = 0; w < 20; w++)
        {
            Get(cache, "body", "w" + w);
            Assert.NotNull(Get(cache, "body", "w" + w));
            // The first list is asked for again and again: it must outlive the others.
            Get(cache, "body", "w0");
            Assert.InRange(cache.Counts.Bytes, listBytes, 5 * listBytes);
        }
        var (hits, decoded, _) = cache.Counts;
        Assert.Equal(20, decoded);
        Assert.Equal(20, hits); // every ask for w0 after it was kept found it: it was never decoded again
        Assert.NotNull(Get(cache, "body", "w19"));
        Assert.Equal((21L, 20L), (cache.Counts.Hits, cache.Counts.Misses));
    }

    [Fact]
    public void A_segment_s_entries_go_when_its_core_is_disposed()
    {
        var cache = new PostingsCache(budgetBytes: 1 << 20, minDocFreq: 10);
        var other = new WhitespaceIndex(Enumerable.Range(0, 40).Select(_ => new Document { new TextField("body", "common", Field.Store.NO) }), segmentDocs: 20);
        for (var ask = 0; ask < 2; ask++)
        {
            Get(cache, "body", "common");
            Get(cache, "body", "common", other);
        }
        Assert.Equal((Docs + 40) * (long)CachedPostings.BytesPerPosting, cache.Counts.Bytes);
        other.Dispose(); // its two segments' readers, and so their cores
        Assert.Equal(Docs * (long)CachedPostings.BytesPerPosting, cache.Counts.Bytes);
        Assert.NotNull(Get(cache, "body", "common"));
    }

    private CachedPostings? Get(PostingsCache cache, string field, string text, WhitespaceIndex? index = null)
    {
        var term = new Term(field, text);
        var reader = (index ?? _index).Reader;
        CachedPostings? last = null;
        foreach (var leaf in reader.Leaves)
        {
            var state = (BlockTermState)TermContext.Build(reader.Context, term).Get(leaf.Ord)!;
            last = cache.Get(leaf, term, state, state.DocFreq);
        }
        return last;
    }

    public void Dispose() => _index.Dispose();
}

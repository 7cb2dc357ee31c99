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

    private CachedPostings? Get(PostingsCache cache, string field, string text)
    {
        var term = new Term(field, text);
        var leaf = _index.Reader.Leaves.Single();
        var state = (BlockTermState)TermContext.Build(_index.Reader.Context, term).Get(leaf.Ord)!;
        return cache.Get(leaf, term, state, state.DocFreq);
    }

    public void Dispose() => _index.Dispose();
}

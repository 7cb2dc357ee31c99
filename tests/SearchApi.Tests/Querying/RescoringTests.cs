using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>
/// Deep pages: the full form scores the first <see cref="SearchService.RankDepth"/> hits only
/// (<see cref="Rescoring"/>); the pages below keep the cheap form's order and agree with those above.
/// </summary>
public class RescoringTests
{
    [Fact]
    public async Task Pages_past_the_rescored_hits_follow_on_from_them_each_hit_once()
    {
        // 90 notices with every bigram of 道路养护 but not the word (道路养殖 … 养护), often: the cheap form's bigram bag ranks
        // them first; 50 that say 道路养护 as written, once: the full form's phrase ranks them first. Every page computed on its own.
        using var svc = new TestService().With("Search:CachedResults", "0");
        for (var i = 0; i < 90; i++)
            svc.AddFile($"apart/{i:D2}.txt", Fixtures.Gongwen($"张政办发〔2019〕{i + 1}号", $"第{i + 1}期工作简报",
                string.Concat(Enumerable.Repeat("道路养殖户迁出，设施养护到位。", i % 5 + 4)), date: $"2019年{i % 12 + 1}月{i % 28 + 1}日"));
        for (var i = 0; i < 50; i++)
            svc.AddFile($"together/{i:D2}.txt", Fixtures.Gongwen($"张政办发〔2020〕{i + 1}号", $"第{i + 1}期情况通报",
                "本月完成道路养护任务，" + string.Concat(Enumerable.Repeat("其他工作按计划推进。", i % 6 + 3)), date: $"2020年{i % 12 + 1}月{i % 28 + 1}日"));
        await svc.WaitUntilReady();
        var client = svc.CreateClient();

        var pages = new List<string[]>();
        for (var page = 1; page <= 14; page++)
        {
            var r = await client.GetFromJsonAsync<JsonElement>($"/api/search?q=道路养护&page={page}");
            Assert.Equal(140, r.GetProperty("total").GetInt32());
            pages.Add(r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()!).ToArray());
            var scores = r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("score").GetSingle()).ToArray();
            Assert.Equal(scores.OrderDescending(), scores); // a score shown falls down the list, past the rescored hits too
        }
        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(140, all.Count);
        Assert.Equal(140, all.Distinct().Count()); // each hit on one page only
        // The rescored hits: the phrase as written first.
        Assert.All(all.Take(10), s => Assert.StartsWith("together/", s));
        // Below them, the cheap form's order: what is left of the notices without the word, then the rest.
        Assert.Contains(all.Skip(100), s => s.StartsWith("together/"));
    }
}

/// <summary>The hits below the rescored ones, where the two forms' scores would mix (<see cref="Rescoring"/>).</summary>
public sealed class RescoringScaleTests
{
    [Fact]
    public void Hits_below_the_rescored_ones_keep_their_order_scaled_below_the_lowest_rescored_score()
    {
        // The cheap form scores 100 times what the full one does: unscaled, every hit below would rank above those rescored.
        var docs = Enumerable.Range(0, 30).Select(i =>
            new Document { new TextField("body", string.Join(' ', Enumerable.Repeat("a", i % 7 + 1).Append($"n{i}")), Field.Store.NO) });
        using var index = new WhitespaceIndex(docs, segmentDocs: 8);
        var searcher = new IndexSearcher(index.Reader);
        var term = new Term("body", "a");
        var text = new RankedQuery(new TermQuery(term) { Boost = 100f }, new TermQuery(term), []);
        var cheap = searcher.Search(text.Match, 30).ScoreDocs;
        var found = new Collected(cheap, 30, [], new FilterBits([], null));

        var window = Rescoring.Rescore(searcher, text, found, depth: 10, window: 25, new PlaceNames()).Window;

        Assert.Equal(25, window.Length);
        Assert.Equal(cheap.Take(10).Select(sd => sd.Doc).Order(), window.Take(10).Select(sd => sd.Doc).Order()); // the same hits rescored
        Assert.Equal(cheap.Skip(10).Take(15).Select(sd => sd.Doc), window.Skip(10).Select(sd => sd.Doc)); // below: the cheap order
        Assert.All(window.Skip(10), sd => Assert.True(sd.Score < window[9].Score, $"{sd.Score} ≥ {window[9].Score}"));
        var scores = window.Select(sd => sd.Score).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
    }
}

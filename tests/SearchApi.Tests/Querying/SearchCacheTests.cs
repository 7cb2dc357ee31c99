using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.SearchApi.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>Searches answered from the ranking cache (<see cref="ResultCache"/>) are the searches computed.</summary>
public class SearchCacheTests
{
    private static async Task<JsonElement> Get(HttpClient c, string query) => await c.GetFromJsonAsync<JsonElement>("/api/search?" + query);

    private static string[] Sources(JsonElement r) => r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()!).ToArray();

    private static TestService Corpus()
    {
        var svc = new TestService().With("Corpus:Watch", "true");
        for (var i = 1; i <= 25; i++)
            svc.AddFile($"road/{i:D2}.txt", Fixtures.Gongwen($"张政办发〔2019〕{i}号", $"关于第{i}段道路养护的通知",
                string.Concat(Enumerable.Repeat("道路养护", i % 7 + 1)) + $"，路段编号{i}。", date: $"2019年{i % 12 + 1}月{i % 28 + 1}日"));
        svc.AddFile("secret.txt", Fixtures.Gongwen("张政办发〔2019〕99号", "关于道路养护经费的通知", "道路养护经费不得公开。", openness: "此件不予公开"));
        return svc;
    }

    [Fact]
    public async Task Every_page_cut_from_the_cache_is_the_page_computed_and_paging_searches_once()
    {
        using var svc = Corpus();
        await svc.WaitUntilReady();
        var client = svc.CreateClient();
        var search = svc.Services.GetRequiredService<SearchService>();

        // Page 3 first (computed), then pages 1 and 2 and one page of 30, all cut from its ranking.
        var (hits, misses) = search.CacheCounts;
        var third = await Get(client, "q=道路养护&page=3");
        var first = await Get(client, "q=道路养护&page=1");
        var second = await Get(client, "q=道路养护&page=2");
        var whole = await Get(client, "q=道路养护&size=30");
        Assert.Equal((hits + 3, misses + 1), search.CacheCounts);
        var status = await client.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.Equal(hits + 3, status.GetProperty("searchesFromCache").GetInt64());
        Assert.Equal(misses + 1, status.GetProperty("searchesComputed").GetInt64());

        Assert.Equal(25, whole.GetProperty("total").GetInt32());
        Assert.Equal(Sources(whole), Sources(first).Concat(Sources(second)).Concat(Sources(third)).ToArray());
        Assert.Equal(whole.GetProperty("facets").ToString(), first.GetProperty("facets").ToString());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Searches_from_the_postings_cache_answer_as_searches_from_the_index()
    {
        // Every list kept however short (the default keeps lists of 512 documents and more); rankings not kept, so every search is computed.
        using var svc = Corpus().With("Search:CachedResults", "0").With("Search:PostingsCacheMinDocs", "1");
        await svc.WaitUntilReady();
        var client = svc.CreateClient();
        const string query = "q=道路 养护 经费&size=30";
        var fromIndex = await Get(client, query); // the lists asked for once: read from the index
        var keeping = await Get(client, query); // asked again: kept
        var fromCache = await Get(client, query);
        var status = await client.GetFromJsonAsync<JsonElement>("/api/status");
        Assert.True(status.GetProperty("postingsFromCache").GetInt64() > 0, status.ToString());
        Assert.True(status.GetProperty("postingsDecoded").GetInt64() > 0, status.ToString());
        Assert.True(status.GetProperty("postingsCacheBytes").GetInt64() > 0, status.ToString());
        Assert.Equal(25, fromIndex.GetProperty("total").GetInt32());
        foreach (var other in new[] { keeping, fromCache })
        {
            Assert.Equal(Sources(fromIndex), Sources(other));
            Assert.Equal(Scores(fromIndex), Scores(other));
            Assert.Equal(fromIndex.GetProperty("facets").ToString(), other.GetProperty("facets").ToString());
        }
    }

    private static double[] Scores(JsonElement r) => r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("score").GetDouble()).ToArray();

    [Fact]
    public async Task A_document_indexed_after_a_search_is_in_the_same_search_asked_again()
    {
        using var svc = Corpus();
        await svc.WaitUntilReady();
        var client = svc.CreateClient();
        Assert.Equal(25, (await Get(client, "q=道路养护")).GetProperty("total").GetInt32());

        svc.AddFile("road/new.txt", Fixtures.Gongwen("张政办发〔2020〕1号", "关于新增道路养护路段的通知", "道路养护新增路段。"));
        var until = DateTime.UtcNow.AddSeconds(30);
        JsonElement again;
        do again = await Get(client, "q=道路养护");
        while (again.GetProperty("total").GetInt32() == 25 && DateTime.UtcNow < until && await Task.Delay(100).ContinueWith(_ => true));
        Assert.Equal(26, again.GetProperty("total").GetInt32());
        Assert.Contains("road/new.txt", Sources(await Get(client, "q=道路养护&size=30")));
    }

    [Fact]
    public async Task What_staff_were_shown_is_never_shown_to_the_public()
    {
        using var svc = Corpus();
        await svc.WaitUntilReady();
        var staff = await Get(svc.Staff(), "q=道路养护经费&size=30");
        Assert.Contains("secret.txt", Sources(staff));

        var anonymous = await Get(svc.CreateClient(), "q=道路养护经费&size=30");
        Assert.DoesNotContain("secret.txt", Sources(anonymous));
        Assert.Equal(staff.GetProperty("total").GetInt32() - 1, anonymous.GetProperty("total").GetInt32());
    }
}

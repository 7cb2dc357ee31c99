using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Indexer.Indexing;
using Gongkai.SearchApi.Hosting;
using Gongkai.SearchApi.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Tests.Hosting;

public class SearchWarmupTests
{
    [Fact]
    public async Task The_warm_up_searches_as_the_public_and_keeps_nothing_in_the_ranking_cache()
    {
        using var svc = new TestService();
        svc.AddFile("road.txt", Fixtures.Gongwen("张政办发〔2019〕1号", "关于道路养护的通知", "道路养护分段进行。"));
        svc.AddFile("secret.txt", Fixtures.Gongwen("张政办发〔2019〕99号", "关于道路养护经费的通知", "道路养护经费不得公开。", openness: "此件不予公开"));
        await svc.WaitUntilReady();
        var search = svc.Services.GetRequiredService<SearchService>();
        var counts = search.CacheCounts;

        Assert.Equal(1, search.WarmUp("道路养护"));
        Assert.Equal(counts, search.CacheCounts);
        // The same search asked afterwards is computed: the warm-up left no ranking behind.
        var answer = await svc.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=道路养护");
        Assert.Equal(1, answer.GetProperty("total").GetInt32());
        Assert.Equal((counts.Hits, counts.Misses + 1), search.CacheCounts);
    }

    [Fact]
    public void A_warm_up_over_a_closed_index_fails_quietly()
    {
        using var svc = new TestService();
        var search = svc.Services.GetRequiredService<SearchService>();
        var warmup = new SearchWarmup(search, Options.Create(new SearchOptions()), NullLogger<SearchWarmup>.Instance);
        Assert.True(warmup.Run());
        // As when the host stops under it (the host's own disposal runs on another thread, later).
        svc.Services.GetRequiredService<IndexHost>().Dispose();
        Assert.False(warmup.Run());
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.SearchApi.Querying;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>Copies found for one search serve the next ones on the same index state, and only on it (<see cref="CopyFinder"/>).</summary>
public class CopyFinderTests
{
    private const string Query = "福州 补充通知 养护";

    private static async Task<string[]> Ranked(HttpClient client)
    {
        var r = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(Query));
        return r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()!).ToArray();
    }

    [Fact]
    public async Task Copies_are_looked_up_once_per_index_state_and_again_after_a_document_is_added()
    {
        // Rankings not kept: every search below is computed, and asks the copy finder.
        using var svc = new TestService().With("Corpus:Watch", "true").With("Search:CachedResults", "0");
        svc.AddFile("notice.txt", Fixtures.Gongwen("榕政办〔2016〕186号", "福州市人民政府办公厅关于进一步促进房地产市场平稳健康发展的补充通知",
            CopyCorpusFixture.Boilerplate + CopyCorpusFixture.Measures, organ: "福州市人民政府办公厅", date: "2016年9月30日"));
        svc.AddFile("records/POL_0001.txt", CopyCorpusFixture.Measures[..CopyCorpusFixture.Measures.IndexOf("三、", StringComparison.Ordinal)]);
        for (var i = 0; i < 6; i++)
            svc.AddFile($"other{i}.txt", Fixtures.Gongwen($"某政发〔2016〕{i + 1}号", $"关于第{i + 1}批城市道路养护工作的通知",
                $"第{i + 1}批道路养护由区城管局负责，养护资金由区财政安排。"));
        await svc.WaitUntilReady();
        var client = svc.CreateClient();
        var copies = svc.Services.GetRequiredService<QueryBuilder>().Copies;

        var first = await Ranked(client);
        Assert.Equal(["notice.txt", "records/POL_0001.txt"], first[..2]);
        var (reused, computed) = copies.Counts;
        Assert.True(computed > 0);
        Assert.Equal(first, await Ranked(client));
        var again = copies.Counts;
        Assert.Equal(computed, again.Computed);
        Assert.True(again.Reused > reused, $"{again}: the second search looked the copies up again");

        // A new copy of the notice: the next index state must find it, not answer from what the last one found.
        svc.AddFile("records/POL_0002.txt", CopyCorpusFixture.Measures[CopyCorpusFixture.Measures.IndexOf("二、", StringComparison.Ordinal)..]);
        var until = DateTime.UtcNow.AddSeconds(30);
        string[] after;
        do after = await Ranked(client);
        while (!after.Contains("records/POL_0002.txt") && DateTime.UtcNow < until && await Task.Delay(100).ContinueWith(_ => true));
        Assert.Equal("notice.txt", after[0]);
        Assert.Equal(["records/POL_0001.txt", "records/POL_0002.txt"], after[1..3].Order().ToArray());
        Assert.True(copies.Counts.Computed > again.Computed);
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>One small corpus, built once for the class: query handling end to end through /api/search.</summary>
public sealed class SearchCorpusFixture : IAsyncLifetime
{
    public TestService Service { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Service.AddFile("a.txt", Fixtures.Gongwen("沪民规〔2017〕3号", "关于调整本市最低生活保障标准的通知",
            "自2017年4月1日起，沪籍居民最低生活保障标准提高到每月970元。", organ: "上海市民政局"));
        Service.AddFile("c.txt", Fixtures.Gongwen("张政办发〔2018〕7号", "张店区低保工作情况通报",
            "全区低保对象1200户，ABC系统2.0版已上线，a<b 的记录已核对。", date: "2018年6月1日"));
        Service.AddFile("d.txt", Fixtures.Gongwen("张政发〔2019〕2号", "关于加强城市道路养护的通知",
            "城市道路养护由区城管局负责。", date: "2019年2月1日"));
        // Same length, same words, same body: the titles differ only in how far apart 桥梁 and 检测 stand
        // (and far.txt is newer, which would win a tie).
        Service.AddFile("near.txt", Fixtures.Gongwen("张政办发〔2020〕5号", "关于开展桥梁检测工作和城市照明设施维护管理的通知",
            "请各单位按要求落实。", date: "2020年5月1日"));
        Service.AddFile("far.txt", Fixtures.Gongwen("张政办发〔2020〕6号", "关于开展桥梁安全工作和城市照明设施维护检测的通知",
            "请各单位按要求落实。", date: "2020年5月2日"));
        // Places: 福州 and 佛山 each start two titles. The 佛山 notice matches two words in its title, the 福州
        // one all three in its body only: on text alone 佛山 would come first.
        Service.AddFile("fz1.txt", Fixtures.Gongwen("榕政办〔2016〕180号", "福州市人民政府办公厅关于加强耕地保护的通知",
            "严格落实耕地保护责任。", organ: "福州市人民政府办公厅"));
        Service.AddFile("fz2.txt", Fixtures.Gongwen("榕政办〔2016〕186号", "福州市人民政府办公厅关于五城区商品住房的补充通知",
            "福州市五城区继续执行商品住房限购，房地产调控政策保持稳定。", organ: "福州市人民政府办公厅"));
        Service.AddFile("fs1.txt", Fixtures.Gongwen("佛建〔2023〕1号", "佛山市住房和城乡建设局关于优化房地产调控政策取消限购的通知",
            "房地产调控以稳为主，限购区域调整如下。", organ: "佛山市住房和城乡建设局"));
        Service.AddFile("fs2.txt", Fixtures.Gongwen("佛府〔2023〕2号", "佛山市人民政府关于农村公路养护的通知",
            "农村公路养护由镇街负责。", organ: "佛山市人民政府"));
        // A 政府规章 whose text never says 规章, and a notice of the same government.
        Service.AddFile("rule.txt", "示例市地名管理办法\n\n（2023年12月15日示例市人民政府第312号令公布　自2024年2月1日起施行）\n\n第一条　为了加强地名管理，制定本办法。");
        Service.AddFile("notice.txt", Fixtures.Gongwen("示政发〔2023〕9号", "示例市人民政府关于加强地名标志设置工作的通知",
            "地名标志由市政府统一设置。", organ: "示例市人民政府"));
        await Service.WaitUntilReady();
        Client = Service.CreateClient();
    }

    public Task DisposeAsync()
    {
        Service.Dispose();
        return Task.CompletedTask;
    }
}

public class SearchRelevanceTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    private async Task<JsonElement> Search(string q, string extra = "") =>
        await corpus.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q) + extra);

    private static string[] Sources(JsonElement r) =>
        r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()!).Order().ToArray();

    [Fact]
    public async Task Full_width_digits_find_half_width_ones()
    {
        Assert.Contains("a.txt", Sources(await Search("２０１７年４月")));
    }

    [Fact]
    public async Task Traditional_characters_find_simplified_ones()
    {
        Assert.Equal(["a.txt"], Sources(await Search("滬籍居民")));
    }

    [Theory]
    [InlineData("低保")]
    [InlineData("最低生活保障")]
    public async Task A_synonym_is_found_both_ways(string q)
    {
        Assert.Equal(["a.txt", "c.txt"], Sources(await Search(q)));
    }

    [Fact]
    public async Task Snippet_marks_the_synonym_form_that_matched()
    {
        var hit = (await Search("低保")).GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("source").GetString() == "a.txt");
        Assert.Contains("<mark>最低生活保障</mark>", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task A_synonym_inside_a_typed_compound_is_searched_and_marked()
    {
        var hits = (await Search("低保标准")).GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal("a.txt", hits[0].GetProperty("source").GetString());
        Assert.Contains("<mark>最低生活保障标准</mark>", hits[0].GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Highlights_land_on_matched_words_in_mixed_chinese_latin_number_text_and_text_is_escaped()
    {
        var hit = (await Search("ABC 1200户")).GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("source").GetString() == "c.txt");
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>ABC</mark>系统", snippet);
        Assert.Contains("<mark>1200户</mark>", snippet);
        Assert.Contains("a&lt;b", snippet);
        Assert.DoesNotContain("<mark>全", snippet);
    }

    [Fact]
    public async Task Words_standing_close_together_in_the_title_rank_above_the_same_words_far_apart()
    {
        var hits = (await Search("桥梁 检测")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()).ToList();
        Assert.Equal(["near.txt", "far.txt"], hits);
    }

    [Fact]
    public async Task A_document_from_the_place_typed_ranks_above_one_from_another_place()
    {
        var hits = (await Search("福州 房地产调控 限购")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()).ToList();
        Assert.Equal(["fz2.txt", "fs1.txt"], hits);
        // Without a place typed the text decides.
        var plain = (await Search("房地产调控 限购")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()).ToList();
        Assert.Equal(["fs1.txt", "fz2.txt"], plain);
    }

    [Fact]
    public async Task A_place_typed_together_with_a_rank_finds_that_places_rules()
    {
        var hits = (await Search("示例市政府规章")).GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal("rule.txt", hits[0].GetProperty("source").GetString());
        Assert.Equal("法律法规", hits[0].GetProperty("kind").GetString());
        Assert.Contains(hits, h => h.GetProperty("source").GetString() == "notice.txt"); // the place alone still matches
    }

    [Fact]
    public async Task A_place_typed_with_its_province_searches_the_city_and_its_documents_are_not_from_elsewhere()
    {
        var hits = (await Search("福建省福州市 房地产调控 限购")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()).ToList();
        Assert.Equal(["fz2.txt", "fs1.txt"], hits);
    }

    [Fact]
    public async Task Quoted_phrase_must_match_as_written()
    {
        Assert.Equal(["a.txt"], Sources(await Search("\"最低生活保障标准\"")));
    }

    [Fact]
    public async Task Minus_word_excludes_documents_containing_it()
    {
        Assert.Equal(["a.txt"], Sources(await Search("低保 -张店区")));
    }

    [Fact]
    public async Task When_most_words_match_nothing_the_relaxed_query_still_answers_and_says_so()
    {
        var strict = await Search("低保 火星基地 月球背面 海底隧道");
        Assert.True(strict.GetProperty("relaxed").GetBoolean());
        Assert.Equal(["a.txt", "c.txt"], Sources(strict));
        Assert.False((await Search("低保")).GetProperty("relaxed").GetBoolean());
    }

    [Fact]
    public async Task Each_facet_count_equals_the_hits_of_filtering_on_it()
    {
        var all = await Search("低保 道路");
        foreach (var (facet, parameter) in new[] { ("year", "year"), ("organ", "organ"), ("kind", "kind") })
        {
            if (!all.GetProperty("facets").TryGetProperty(facet, out var values)) continue;
            foreach (var v in values.EnumerateArray())
            {
                var value = v.GetProperty("value").GetString()!;
                var filtered = await Search("低保 道路", $"&{parameter}={Uri.EscapeDataString(value)}");
                Assert.Equal(v.GetProperty("count").GetInt32(), filtered.GetProperty("total").GetInt32());
            }
        }
        Assert.True(all.GetProperty("facets").GetProperty("year").GetArrayLength() > 0);
    }
}

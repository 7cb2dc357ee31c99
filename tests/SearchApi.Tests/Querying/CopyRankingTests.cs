using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>A notice, a catalog record that pasted part of its text (no title, no 文号), and documents that only share boilerplate.</summary>
public sealed class CopyCorpusFixture : IAsyncLifetime
{
    public const string Measures =
        "一、实施商品住房限购政策。对拥有两套及以上商品住房的本市五城区户籍居民家庭，暂停向其销售本市五城区范围内建筑面积一百四十四平方米及以下的商品住房。" +
        "二、严格执行差别化住房信贷政策。对拥有一套住房且相应购房贷款未结清的居民家庭，为改善居住条件再次申请商业性个人住房贷款购买普通自住房的，首付款比例不低于百分之四十。" +
        "三、加强房地产市场监测分析，及时发布市场信息，稳定市场预期，严厉打击捂盘惜售、哄抬房价等违法违规行为。";

    public const string Boilerplate = "为进一步促进房地产市场平稳健康发展，经市政府同意，现就有关事项通知如下。";

    public TestService Service { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Service.AddFile("notice.txt", Fixtures.Gongwen("榕政办〔2016〕186号", "福州市人民政府办公厅关于进一步促进房地产市场平稳健康发展的补充通知",
            Boilerplate + Measures, organ: "福州市人民政府办公厅", date: "2016年9月30日"));
        // The record pasted the first two measures only, without the notice's title or number.
        Service.AddFile("records/POL_0001.txt", Measures[..Measures.IndexOf("三、", StringComparison.Ordinal)]);
        for (var i = 0; i < 12; i++)
            Service.AddFile($"other{i}.txt", Fixtures.Gongwen($"某政发〔2016〕{i + 1}号", $"关于第{i + 1}批城市道路养护工作的通知",
                Boilerplate + $"第{i + 1}批道路养护由区城管局负责，养护资金由区财政安排，养护质量由住房和城乡建设局监督检查。"));
        // Six notices with 商品住房 in their titles: on its own, the excerpt ranks below all of them for 商品住房.
        foreach (var (topic, i) in new[] { "维修资金", "交易备案", "预售许可", "价格备案", "质量保修", "面积测绘" }.Select((t, i) => (t, i)))
            Service.AddFile($"housing{i}.txt", Fixtures.Gongwen($"某建发〔2016〕{i + 1}号", $"关于商品住房{topic}的通知", $"商品住房{topic}事项按本通知办理。"));
        // Two notices from one template: almost the same text, each with its own 文号.
        foreach (var (n, name) in new[] { (31, "王晓明"), (32, "李春华") })
            Service.AddFile($"series{n}.txt", Fixtures.Gongwen($"某政任〔2016〕{n}号", $"关于{name}同志任职的通知", Template(name)));
        await Service.WaitUntilReady();
        Client = Service.CreateClient();
    }

    public static string Template(string name) =>
        $"经区政府研究决定，任命{name}同志为区城市管理局副局长，试用期一年。试用期满经考核合格后正式任职，考核不合格的按有关规定办理。" +
        "请各部门、各单位接此通知后认真做好工作交接，确保各项工作平稳有序，并将执行情况及时报区政府办公室备案。";

    public Task DisposeAsync()
    {
        Service.Dispose();
        return Task.CompletedTask;
    }
}

public class CopyRankingTests(CopyCorpusFixture corpus) : IClassFixture<CopyCorpusFixture>
{
    private async Task<string[]> Ranked(string q, string extra = "")
    {
        var r = await corpus.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q) + extra);
        return r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()!).ToArray();
    }

    [Fact]
    public async Task Looking_up_a_docno_also_finds_a_pasted_excerpt_of_that_document_right_after_it()
    {
        var ranked = await Ranked("榕政办【2016】186号");
        Assert.Equal("notice.txt", ranked[0]);
        Assert.Equal("records/POL_0001.txt", ranked[1]);
        // The excerpt does not match the number: it is one more hit than date order (no copies there) finds.
        var q = "/api/search?q=" + Uri.EscapeDataString("榕政办【2016】186号");
        var relevance = await corpus.Client.GetFromJsonAsync<JsonElement>(q);
        var byDate = await corpus.Client.GetFromJsonAsync<JsonElement>(q + "&sort=date_desc");
        Assert.Equal(byDate.GetProperty("total").GetInt32() + 1, relevance.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_words_query_ranks_the_excerpt_of_the_top_hit_above_documents_that_match_the_words_better()
    {
        var ranked = await Ranked("福州 补充通知 养护");
        Assert.Equal("notice.txt", ranked[0]);
        Assert.Equal("records/POL_0001.txt", ranked[1]);
    }

    [Fact]
    public async Task An_excerpt_that_matches_the_words_itself_scores_just_below_its_source_without_changing_the_total()
    {
        // On its own the excerpt scores below the six housing notices (商品住房 in their titles); as a copy of
        // the top hit it scores 0.9 × the notice's score, above them — re-sorted in memory, no second search.
        var r = await corpus.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("补充通知 商品住房"));
        var hits = r.GetProperty("hits").EnumerateArray().Select(h => (Source: h.GetProperty("source").GetString()!, Score: h.GetProperty("score").GetDouble())).ToList();
        Assert.Equal("notice.txt", hits[0].Source);
        var excerpt = hits.Single(h => h.Source == "records/POL_0001.txt");
        Assert.Equal(0.9 * hits[0].Score, excerpt.Score, 0.01);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Source), hits.Select(h => h.Source));
        // Copy ranking moves hits, it adds none here: the same total as in date order, where copies play no part.
        var byDate = await corpus.Client.GetFromJsonAsync<JsonElement>("/api/search?sort=date_desc&q=" + Uri.EscapeDataString("补充通知 商品住房"));
        Assert.Equal(byDate.GetProperty("total").GetInt32(), r.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Documents_sharing_only_boilerplate_with_the_top_hit_are_not_pulled_in()
    {
        var ranked = await Ranked("榕政办〔2016〕186号");
        Assert.DoesNotContain(ranked, s => s.StartsWith("other", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Date_order_is_not_changed_by_copies()
    {
        var ranked = await Ranked("榕政办〔2016〕186号", "&sort=date_desc");
        Assert.DoesNotContain("records/POL_0001.txt", ranked);
    }

    [Fact]
    public async Task A_sibling_from_the_same_template_with_its_own_docno_is_not_a_copy()
    {
        var ranked = await Ranked("王晓明");
        Assert.Equal(["series31.txt"], ranked);
    }
}

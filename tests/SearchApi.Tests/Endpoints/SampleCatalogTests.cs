using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.SearchApi.Tests.Endpoints;

/// <summary>The embedded default's sample catalog, end to end: citations, interpretations, lookups, visibility.</summary>
public sealed class SampleCatalogTests : IAsyncLifetime
{
    private readonly TestService _svc = new();
    private HttpClient _public = null!;

    public async Task InitializeAsync()
    {
        SampleCorpus.CopyInto(_svc.CorpusPath);
        await _svc.WaitUntilReady(TimeSpan.FromMinutes(2));
        _public = _svc.CreateClient();
    }

    public Task DisposeAsync()
    {
        _svc.Dispose();
        return Task.CompletedTask;
    }

    private async Task<JsonElement> Lookup(string number) =>
        await _public.GetFromJsonAsync<JsonElement>("/api/lookup?number=" + Uri.EscapeDataString(number));

    private async Task<JsonElement> Document(string id) => await _public.GetFromJsonAsync<JsonElement>("/api/documents/" + id);

    private static IEnumerable<string> DocNumbers(JsonElement hits) =>
        hits.EnumerateArray().Select(h => h.GetProperty("docNumber").GetString() ?? "");

    [Theory]
    [InlineData("张政办发〔2017〕15号")]
    [InlineData("张政办发[2017]15号")]
    [InlineData("张政办发（2017）15")]
    [InlineData("张政办发2017年15号")]
    [InlineData("张政办发【２０１７】第15号")]
    [InlineData("张 政 办 发 〔2017〕 15 号")]
    public async Task A_doc_number_typed_any_way_finds_the_document(string typed)
    {
        var hits = (await Lookup(typed)).GetProperty("hits");
        Assert.Equal("张政办发〔2017〕15号", DocNumbers(hits).First());
        var search = await _public.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(typed));
        Assert.Equal("张政办发〔2017〕15号", DocNumbers(search.GetProperty("hits")).First());
    }

    [Fact]
    public async Task An_index_number_whole_or_after_the_slash_finds_the_document()
    {
        var whole = (await Lookup("11370303004362052D/2017-00015")).GetProperty("hits");
        Assert.Equal("张政办发〔2017〕15号", DocNumbers(whole).Single());
        var tail = (await Lookup("2017-00015")).GetProperty("hits");
        Assert.Contains("张政办发〔2017〕15号", DocNumbers(tail));
    }

    [Fact]
    public async Task The_seed_report_shows_its_citations_resolved_to_the_sample_documents()
    {
        var seed = (await _public.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("2017年政府信息公开工作年度报告")))
            .GetProperty("hits")[0];
        var doc = await Document(seed.GetProperty("id").GetString()!);
        var referenced = DocNumbers(doc.GetProperty("references")).ToHashSet();
        Assert.Contains("张政发〔2014〕143号", referenced);
        Assert.Contains("张政办发〔2017〕15号", referenced);
        Assert.Contains("张政办字〔2015〕57号", referenced);
        // 《张店区村居审计办法》 is cited by title only: it resolves to the covering notice.
        Assert.Contains("张政办发〔2017〕28号", referenced);
        Assert.Contains("国办发〔2017〕24号", doc.GetProperty("unresolvedReferences").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("张政办发〔2017〕28号")]
    [InlineData("张政发〔2017〕21号")]
    [InlineData("张政办发〔2019〕5号")]
    public async Task Each_policy_links_to_its_interpretation_and_back(string docNumber)
    {
        var policy = (await Lookup(docNumber)).GetProperty("hits")[0];
        var doc = await Document(policy.GetProperty("id").GetString()!);
        var interpretation = doc.GetProperty("interpretations").EnumerateArray().Single();
        Assert.Equal("政策解读", interpretation.GetProperty("kind").GetString());
        var back = await Document(interpretation.GetProperty("id").GetString()!);
        Assert.Equal(docNumber, DocNumbers(back.GetProperty("interprets")).Single());
    }

    [Theory]
    [InlineData("张政字〔2018〕33号")]
    [InlineData("张政办字〔2019〕9号")]
    public async Task Documents_not_proactively_published_stay_invisible_to_the_public(string docNumber)
    {
        Assert.Empty((await Lookup(docNumber)).GetProperty("hits").EnumerateArray());
        var staffHits = await _svc.Staff().GetFromJsonAsync<JsonElement>("/api/lookup?number=" + Uri.EscapeDataString(docNumber));
        var id = staffHits.GetProperty("hits")[0].GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await _public.GetAsync("/api/documents/" + id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _public.GetAsync($"/api/documents/{id}/original")).StatusCode);
        var all = await _public.GetFromJsonAsync<JsonElement>("/api/search?size=100");
        Assert.DoesNotContain(docNumber, DocNumbers(all.GetProperty("hits")));
    }

    [Fact]
    public async Task Facet_counts_equal_the_hits_they_stand_for()
    {
        var all = await _public.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("张店区") + "&size=100");
        foreach (var facet in all.GetProperty("facets").GetProperty("kind").EnumerateArray())
        {
            var kind = facet.GetProperty("value").GetString()!;
            var filtered = await _public.GetFromJsonAsync<JsonElement>(
                $"/api/search?q={Uri.EscapeDataString("张店区")}&kind={Uri.EscapeDataString(kind)}&size=100");
            Assert.Equal(facet.GetProperty("count").GetInt32(), filtered.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task A_filtered_facet_counts_each_alternative_with_the_other_filter_applied()
    {
        async Task<JsonElement> Search(string year, string kind) => await _public.GetFromJsonAsync<JsonElement>(
            $"/api/search?year={Uri.EscapeDataString(year)}&kind={Uri.EscapeDataString(kind)}&size=1");
        var all = await _public.GetFromJsonAsync<JsonElement>("/api/search?size=1");
        var year = all.GetProperty("facets").GetProperty("year")[0].GetProperty("value").GetString()!;
        var kind = all.GetProperty("facets").GetProperty("kind")[0].GetProperty("value").GetString()!;
        var both = await Search(year, kind);

        var checkedValues = 0;
        foreach (var facet in both.GetProperty("facets").GetProperty("kind").EnumerateArray())
        {
            var other = await Search(year, facet.GetProperty("value").GetString()!);
            Assert.Equal(facet.GetProperty("count").GetInt32(), other.GetProperty("total").GetInt32());
            checkedValues++;
        }
        foreach (var facet in both.GetProperty("facets").GetProperty("year").EnumerateArray())
        {
            var other = await Search(facet.GetProperty("value").GetString()!, kind);
            Assert.Equal(facet.GetProperty("count").GetInt32(), other.GetProperty("total").GetInt32());
            checkedValues++;
        }
        Assert.True(checkedValues >= 2, "the sample catalog should offer a year and a kind");
    }
}

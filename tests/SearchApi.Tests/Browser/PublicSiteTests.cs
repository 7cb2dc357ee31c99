using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Gongkai.SearchApi.Tests.Browser;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class PublicSiteTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private async Task<string> IdOf(string source)
    {
        var found = await site.Service.Staff().GetFromJsonAsync<JsonElement>("/api/documents?source=" + source);
        return found.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_search_lists_matching_documents_with_their_catalog_facts_and_a_marked_snippet()
    {
        var (page, watch) = await site.NewPage();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("村居审计"));
        var first = page.Locator(".result").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = SiteCorpus.PolicyTitle, Exact = true }) });
        await Assertions.Expect(first).ToHaveCountAsync(1);
        await Assertions.Expect(first).ToContainTextAsync(SiteCorpus.PolicyNumber);
        await Assertions.Expect(first).ToContainTextAsync("2017-03-05");
        Assert.True(await page.Locator(".snippet mark").CountAsync() > 0, "the snippet marks the words searched for");
        Assert.Equal("村居审计", await page.InputValueAsync("#q"));
        await SiteFixture.Screenshot(page, "search");
        watch.AssertClean();
    }

    [Fact]
    public async Task A_facet_filter_narrows_the_results_is_kept_in_the_url_and_back_undoes_it()
    {
        var (page, watch) = await site.NewPage();
        await page.GotoAsync("/?sort=date");
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("共找到 6 条结果");
        await page.Locator("#facet-year + ul a", new() { HasText = "2015" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("year=2015"));
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("共找到 1 条结果");
        await Assertions.Expect(page.Locator(".result h2")).ToContainTextAsync(SiteCorpus.OldTitle);
        await Assertions.Expect(page.Locator(".chips")).ToContainTextAsync("年份：2015");

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("共找到 6 条结果");
        await page.GoForwardAsync();
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("共找到 1 条结果");
        watch.AssertClean();
    }

    [Fact]
    public async Task The_catalog_browse_counts_public_documents_by_category_organ_and_year()
    {
        var (page, watch) = await site.NewPage();
        await page.GotoAsync("/");
        // Six public documents: the 不予公开 one is not counted.
        await Assertions.Expect(page.Locator("#browse-title")).ToContainTextAsync("共 6 件");
        await Assertions.Expect(page.Locator("#b-year + ul")).ToContainTextAsync("2017");
        await Assertions.Expect(page.Locator("#b-organ + ul")).ToContainTextAsync("张店区人民政府办公室");
        await SiteFixture.Screenshot(page, "browse");
        await page.Locator("#b-year + ul a", new() { HasText = "2015" }).ClickAsync();
        await Assertions.Expect(page.Locator(".result h2")).ToContainTextAsync(SiteCorpus.OldTitle);
        watch.AssertClean();
    }

    [Fact]
    public async Task A_document_page_shows_the_catalog_header_and_links_to_its_interpretation_and_back()
    {
        var (page, watch) = await site.NewPage();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(SiteCorpus.PolicyTitle));
        await page.GetByRole(AriaRole.Link, new() { Name = SiteCorpus.PolicyTitle, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/documents/"));
        var table = page.Locator(".catalog-table");
        await Assertions.Expect(table.Locator("tr", new() { HasText = "文号" })).ToContainTextAsync(SiteCorpus.PolicyNumber);
        await Assertions.Expect(table.Locator("tr", new() { HasText = "名称" })).ToContainTextAsync(SiteCorpus.PolicyTitle);
        await Assertions.Expect(table).ToContainTextAsync("张店区人民政府办公室");
        await Assertions.Expect(page.Locator("#doc-text")).ToContainTextAsync("公示时间不少于十五日");
        await Assertions.Expect(page.Locator("#download")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/original$"));
        await Assertions.Expect(page.Locator("#rel-citedby + ul")).ToContainTextAsync("关于开展2017年村居审计工作的通知");
        Assert.DoesNotContain("null", await page.Locator("main").InnerTextAsync());
        await SiteFixture.Screenshot(page, "document");

        await page.Locator("#rel-interpretations + ul a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#doc-title")).ToHaveTextAsync(SiteCorpus.InterpretationTitle);
        await Assertions.Expect(page.Locator("#rel-interprets + ul")).ToContainTextAsync(SiteCorpus.PolicyTitle);
        watch.AssertClean();
    }

    [Fact]
    public async Task Markup_in_a_document_text_is_shown_as_text_and_never_runs()
    {
        var (page, watch) = await site.NewPage();
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync("/documents/" + Uri.EscapeDataString(await IdOf("script.txt")));
        await Assertions.Expect(page.Locator("#doc-text")).ToContainTextAsync(SiteCorpus.ScriptText);
        Assert.Equal(0, await page.Locator("#doc-text script").CountAsync());
        Assert.Equal(0, dialogs);
        watch.AssertClean();
    }

    [Fact]
    public async Task A_repealed_sample_document_is_marked_as_repealed_and_as_a_sample()
    {
        var (page, watch) = await site.NewPage();
        await page.GotoAsync("/documents/" + Uri.EscapeDataString(await IdOf("repealed.txt")));
        await Assertions.Expect(page.Locator("#validity-banner")).ToContainTextAsync("本文件已废止");
        await Assertions.Expect(page.Locator(".banner-sample")).ToContainTextAsync("示例");
        await Assertions.Expect(page.Locator(".catalog-table tr", new() { HasText = "有效性" })).ToContainTextAsync("废止");
        await SiteFixture.Screenshot(page, "document-repealed");
        watch.AssertClean();
    }

    [Fact]
    public async Task A_document_withheld_from_the_public_is_neither_found_nor_shown()
    {
        var (page, watch) = await site.NewPage();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("内部人事安排"));
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("共找到 0 条结果");
        var response = await page.GotoAsync("/documents/" + Uri.EscapeDataString(await IdOf("hidden.txt")));
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("未找到文件");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(SiteCorpus.HiddenTitle);
        watch.Forget("Failed to load resource: the server responded with a status of 404");
        watch.AssertClean();
    }

    [Fact]
    public async Task Suggestions_appear_while_typing_and_the_keyboard_opens_one()
    {
        var (page, watch) = await site.NewPage();
        await page.GotoAsync("/");
        await page.Locator("#q").PressSequentiallyAsync("村居审计");
        var option = page.GetByRole(AriaRole.Option, new() { Name = SiteCorpus.PolicyTitle, Exact = true });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#q")).ToHaveAttributeAsync("aria-expanded", "true");
        var index = await page.Locator("#suggestions li").AllTextContentsAsync();
        for (var i = 0; i <= index.ToList().IndexOf(SiteCorpus.PolicyTitle); i++) await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#doc-title")).ToHaveTextAsync(SiteCorpus.PolicyTitle);
        watch.AssertClean();
    }

    [Fact]
    public async Task An_advanced_search_by_document_number_accepts_other_brackets()
    {
        var (page, watch) = await site.NewPage();
        await page.GotoAsync("/");
        await page.Locator("#advanced summary").ClickAsync();
        await page.Locator("#docno").FillAsync("张政办发[2017]15号");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("docno="));
        await Assertions.Expect(page.Locator(".result h2").First).ToContainTextAsync(SiteCorpus.PolicyTitle);
        watch.AssertClean();
    }

    [Fact]
    public async Task At_phone_width_the_pages_fit_the_screen()
    {
        var (page, watch) = await site.NewPage(width: 390);
        foreach (var (path, name) in new[] { ("/?q=" + Uri.EscapeDataString("村居审计"), "search-phone"), ("/documents/" + Uri.EscapeDataString(await IdOf("policy.txt")), "document-phone") })
        {
            await page.GotoAsync(path);
            await page.Locator(".result, #doc-title").First.WaitForAsync();
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 390px");
            await SiteFixture.Screenshot(page, name);
        }
        watch.AssertClean();
    }
}

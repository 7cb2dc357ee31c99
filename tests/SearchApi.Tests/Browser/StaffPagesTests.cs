using Microsoft.Playwright;

namespace Gongkai.SearchApi.Tests.Browser;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class StaffPagesTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Refused = "Failed to load resource: the server responded with a status of 401";

    [Theory]
    [InlineData("/staff/")]
    [InlineData("/staff/check")]
    [InlineData("/staff/answer")]
    [InlineData("/staff/catalog")]
    [InlineData("/staff/stats")]
    public async Task A_staff_page_without_a_key_is_refused_with_the_key_form(string path)
    {
        var (page, watch) = await site.NewPage();
        var response = await page.GotoAsync(path);
        Assert.Equal(401, response!.Status);
        await Assertions.Expect(page.Locator("#refusal")).ToContainTextAsync("仅供工作人员使用");
        await Assertions.Expect(page.GetByLabel("密钥", new() { Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#check-form, #answer-form, #upload-form, #stats-form").CountAsync());
        var apiStatus = await page.EvaluateAsync<int>("fetch('/api/failures').then(r => r.status)");
        Assert.Equal(401, apiStatus);
        if (path == "/staff/check") await SiteFixture.Screenshot(page, "staff-refused");
        watch.Forget(Refused);
        watch.AssertClean();
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_the_right_one_opens_the_page_asked_for()
    {
        var (page, watch) = await site.NewPage();
        await page.GotoAsync("/staff/answer");
        await page.GetByLabel("密钥", new() { Exact = true }).FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "进入" }).ClickAsync();
        await Assertions.Expect(page.Locator("#key-error")).ToBeVisibleAsync();
        await page.GetByLabel("密钥", new() { Exact = true }).FillAsync(TestService.StaffKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "进入" }).ClickAsync();
        await page.WaitForURLAsync(site.BaseUrl + "/staff/answer");
        await Assertions.Expect(page.Locator("#answer-form")).ToBeVisibleAsync();
        watch.Forget(Refused);
        watch.AssertClean();
    }

    [Fact]
    public async Task The_already_published_check_shows_the_published_policy_beside_the_draft_with_shared_passages_marked()
    {
        var (page, watch) = await site.NewPage(staff: true);
        await page.GotoAsync("/staff/check");
        // The published text, reformatted: sentences on their own lines, one sentence added.
        var draft = SiteCorpus.PolicyTitle + "\n" + SiteCorpus.PolicyBody.Replace("。", "。\n") + "本办法自印发之日起施行。";
        await page.GetByLabel("文稿正文").FillAsync(draft);
        await page.GetByRole(AriaRole.Button, new() { Name = "开始核查" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToContainTextAsync("已发布");
        var match = page.Locator(".match").Filter(new() { HasText = SiteCorpus.PolicyTitle });
        await Assertions.Expect(match).ToHaveCountAsync(1);
        Assert.True(await match.Locator("[id^=draft-] mark").CountAsync() >= 3, "shared sentences are marked in the draft");
        Assert.True(await match.Locator("[id^=published-] mark").CountAsync() >= 3, "and in the published text");
        await SiteFixture.Screenshot(page, "staff-check");
        watch.AssertClean();
    }

    [Fact]
    public async Task Answering_a_request_lists_the_policy_with_its_citation_and_an_editable_reply()
    {
        var (page, watch) = await site.NewPage(staff: true);
        await page.GotoAsync("/staff/answer");
        await page.GetByLabel("申请内容").FillAsync("申请公开张店区关于村居审计的办法，包括审计结果公示的规定");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找已公开文件" }).ClickAsync();
        await Assertions.Expect(page.Locator("#answerable")).ToContainTextAsync("已找到");
        var candidate = page.Locator(".candidate").Filter(new() { HasText = SiteCorpus.PolicyTitle });
        await Assertions.Expect(candidate.First).ToContainTextAsync(SiteCorpus.PolicyNumber);
        var reply = page.Locator("#reply");
        await Assertions.Expect(reply).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(SiteCorpus.PolicyTitle));
        await reply.FillAsync("经审核，您申请的信息已主动公开。（已编辑）");
        await Assertions.Expect(reply).ToHaveValueAsync("经审核，您申请的信息已主动公开。（已编辑）");
        await SiteFixture.Screenshot(page, "staff-answer");
        watch.AssertClean();
    }

    [Fact]
    public async Task The_reply_downloads_as_a_word_document()
    {
        var (page, watch) = await site.NewPage(staff: true);
        await page.GotoAsync("/staff/answer");
        await page.GetByLabel("申请内容").FillAsync("申请公开张店区村居审计办法");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找已公开文件" }).ClickAsync();
        await Assertions.Expect(page.Locator("#reply")).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-docx").ClickAsync());
        var path = await download.PathAsync();
        var head = new byte[2];
        await using (var file = File.OpenRead(path)) await file.ReadExactlyAsync(head);
        Assert.Equal("PK"u8.ToArray(), head);
        watch.AssertClean();
    }

    [Fact]
    public async Task The_annual_statistics_draw_publications_by_month_and_kind()
    {
        var (page, watch) = await site.NewPage(staff: true);
        await page.GotoAsync("/staff/stats?year=2017");
        await Assertions.Expect(page.Locator("#month-chart")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#month-chart rect.bar").CountAsync() >= 3, "the 2017 documents of March, June and August are drawn");
        await Assertions.Expect(page.Locator("#month-chart rect.bar[data-month='3']").First).ToBeVisibleAsync();
        await SiteFixture.Screenshot(page, "staff-stats");
        watch.AssertClean();
    }

    [Fact]
    public async Task The_catalog_page_finds_a_document_and_opens_its_metadata_for_correction()
    {
        var (page, watch) = await site.NewPage(staff: true);
        await page.GotoAsync("/staff/catalog");
        await page.Locator("#find-q").FillAsync("内部人事安排");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        // Staff see the 不予公开 document the public never sees.
        await page.GetByRole(AriaRole.Button, new() { Name = "修改 / 撤回" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#edit-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("名称", new() { Exact = true })).ToHaveValueAsync(SiteCorpus.HiddenTitle);
        await Assertions.Expect(page.GetByLabel("文号", new() { Exact = true })).ToHaveValueAsync("张政办字〔2017〕50号");
        await SiteFixture.Screenshot(page, "staff-catalog");
        watch.AssertClean();
    }
}

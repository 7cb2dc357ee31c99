using Microsoft.Playwright;

namespace Gongkai.SearchApi.Tests.Browser;

/// <summary>
/// One running service over <see cref="SiteCorpus"/> and one headless Debian Chromium, shared by
/// the browser tests of a class (they only read). Nothing is downloaded: the system browser is driven.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    private readonly BrowserService _service = new();

    public BrowserService Service => _service;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("browser not started");

    /// <summary>Screenshots go beside the build output (bin/ is not committed).</summary>
    public static string ScreenshotDir
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && dir.Name != "bin") dir = dir.Parent;
            var path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath} (and fonts-noto-cjk for Chinese text). " +
                "Run ./test.sh, which installs them (apt-get install -y chromium fonts-noto-cjk), or install them yourself.");
        SiteCorpus.Write(_service);
        BaseUrl = _service.Start();
        await _service.WaitUntilReady();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (own cookies); with <paramref name="staff"/>, signed in through the key form.</summary>
    public async Task<(IPage Page, PageWatch Watch)> NewPage(bool staff = false, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        if (staff)
        {
            await page.GotoAsync("/staff/");
            await page.GetByLabel("密钥", new() { Exact = true }).FillAsync(TestService.StaffKey);
            await page.GetByRole(AriaRole.Button, new() { Name = "进入" }).ClickAsync();
            await page.WaitForURLAsync(BaseUrl + "/staff/");
            watch.Forget("Failed to load resource: the server responded with a status of 401");
        }
        return (page, watch);
    }

    public static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _service.Dispose();
    }
}

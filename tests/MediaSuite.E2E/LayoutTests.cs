using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E;

public sealed class LayoutTests(BrowserFixture browser, HouseholdServer household) : IClassFixture<BrowserFixture>, IClassFixture<HouseholdServer>
{
    private const string FireTvUserAgent = "Mozilla/5.0 (Linux; Android 9; AFTR) AppleWebKit/537.36 (KHTML, like Gecko) Silk/98.3.8 like Chrome/98.0.4758.136 Safari/537.36";
    private string BaseUrl => household.Server.BaseUrl;

    private async Task<IPage> AdminPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await browser.Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 800 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
        return page;
    }

    [Fact]
    public async Task Desktop_ShowsTheSidebarNotThePhoneBar()
    {
        var page = await AdminPageAsync();
        Assert.True(await page.IsVisibleAsync(".ms-sidebar"));
        Assert.False(await page.IsVisibleAsync(".ms-bottom-nav"));
        var labels = await page.Locator(".ms-sidebar .ms-nav-item span").AllInnerTextsAsync();
        Assert.Equal(["Home", "Music", "Settings", "Libraries", "Users", "Jobs", "System", "Sign out"], labels);
        await ScreenshotAsync(page, "layout-desktop");
    }

    [Fact]
    public async Task Phone_ShowsBottomNavigationWithTouchSizedTargets()
    {
        var page = await AdminPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        });
        Assert.False(await page.IsVisibleAsync(".ms-sidebar"));
        Assert.True(await page.IsVisibleAsync(".ms-bottom-nav"));
        foreach (var item in await page.Locator(".ms-bottom-item").AllAsync())
        {
            var box = (await item.BoundingBoxAsync())!;
            Assert.True(box.Height >= 48 && box.Width >= 48, $"{await item.InnerTextAsync()} is {box.Width}x{box.Height}");
        }
        await ScreenshotAsync(page, "layout-phone");

        await page.TapAsync(".ms-bottom-nav button");
        await page.WaitForSelectorAsync("#ms-more");
        Assert.Equal(["Libraries", "Users", "Jobs", "System", "Sign out"], await page.Locator("#ms-more .ms-nav-item span").AllInnerTextsAsync());
        await page.TapAsync("#ms-more a[href='/admin/users']");
        await page.WaitForURLAsync($"{BaseUrl}/admin/users");
        await page.WaitForSelectorAsync("#ms-more", new() { State = WaitForSelectorState.Detached });
        await ScreenshotAsync(page, "layout-phone-users");
        await page.TapAsync(".ms-bottom-nav a[href='/settings']");
        await page.WaitForSelectorAsync(".ms-mode-select");
        await ScreenshotAsync(page, "layout-phone-settings");
    }

    [Fact]
    public async Task Tv_EveryNavItemIsReachableWithArrowKeysAndEnterOpensIt()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        await context.AddCookiesAsync([new Cookie { Name = "ms-layout", Value = "tv", Url = BaseUrl }]);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('tv')"));

        var expected = await page.Locator(".ms-sidebar .ms-nav a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        var visited = new List<string>();
        await page.Keyboard.PressAsync("ArrowDown"); // nothing focused yet: lands on the current section
        for (var i = 0; i < expected.Length + 2; i++)
        {
            var href = await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('href')");
            if (href is not null && !visited.Contains(href)) visited.Add(href);
            await page.Keyboard.PressAsync("ArrowDown");
        }
        Assert.Equal(expected, visited.Where(expected.Contains));

        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineWidth");
        Assert.Equal("4px", outline);
        await ScreenshotAsync(page, "layout-tv");

        // Up to Settings, Enter opens it, Escape (the remote's Back) returns.
        while (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('href')") != "/settings")
            await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"{BaseUrl}/settings");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForURLAsync($"{BaseUrl}/");
    }

    [Fact]
    public async Task FireTvUserAgent_IsOfferedTheTvLayout()
    {
        var page = await AdminPageAsync(new BrowserNewContextOptions { UserAgent = FireTvUserAgent, ViewportSize = new ViewportSize { Width = 960, Height = 540 } });
        Assert.True(await page.IsVisibleAsync(".ms-tv-suggestion"));
        await page.ClickAsync("[data-ms-layout=tv]");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('tv')"));
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('tv')"));
        Assert.False(await page.IsVisibleAsync(".ms-tv-suggestion"));
    }

    [Fact]
    public async Task Settings_LayoutChoiceIsPerDevice()
    {
        var page = await AdminPageAsync();
        await page.GotoAsync($"{BaseUrl}/settings");
        await WaitForCircuitAsync(page);
        await page.ClickAsync(".ms-layout-select >> text=TV");
        await page.WaitForFunctionAsync("() => document.documentElement.classList.contains('tv')");

        var other = await AdminPageAsync();
        Assert.False(await other.EvaluateAsync<bool>("() => document.documentElement.classList.contains('tv')"));
    }

    [Fact]
    public async Task Member_CannotOpenAdminPages()
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, HouseholdServer.MemberName, HouseholdServer.MemberPassword);
        var response = await page.GotoAsync($"{BaseUrl}/admin/users");
        Assert.Equal(403, response!.Status);
        Assert.Equal("Not for your account", await page.InnerTextAsync("h1"));
    }

    [Theory]
    [InlineData("/login", false)]
    [InlineData("/", true)]
    [InlineData("/settings", true)]
    [InlineData("/admin/users", true)]
    [InlineData("/admin/system", true)]
    [InlineData("/jobs", true)]
    [InlineData("/settings/libraries", true)]
    [InlineData("/setup/libraries", true)]
    public async Task Pages_HaveNoSeriousAccessibilityViolations(string path, bool signedIn)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
            var page = await context.NewPageAsync();
            if (signedIn) await SignInAsync(page, BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
            await page.GotoAsync(BaseUrl + path);
            if (signedIn) await WaitForCircuitAsync(page);
            await ScreenshotAsync(page, $"page{path.Replace('/', '-')}-{scheme.ToString().ToLowerInvariant()}");
            var violations = await Axe.SeriousViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{path} ({scheme}):\n{string.Join("\n", violations)}");
            await context.CloseAsync();
        }
    }
}

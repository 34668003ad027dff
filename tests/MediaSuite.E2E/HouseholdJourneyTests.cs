using MediaSuite.E2E.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E;

/// <summary>
/// The foundation's "done when": a fresh install, the admin is created, a second person joins by
/// invite, both sign in, and each keeps their own theme across reloads and sign-ins.
/// </summary>
public sealed class HouseholdJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly LiveServer _server = new();

    [Fact]
    public async Task FreshInstall_AdminAndInvitedMember_EachKeepTheirOwnTheme()
    {
        var admin = await browser.Browser.NewPageAsync();

        // Every page leads to onboarding on a fresh install.
        await admin.GotoAsync($"{_server.BaseUrl}/settings");
        Assert.EndsWith("/onboarding", admin.Url);
        await CreateAccountAsync(admin, _server.BaseUrl, "alex", "alex's long password", landing: "/setup/libraries");
        Assert.Equal("Where is your media?", await admin.InnerTextAsync("h1"));
        await admin.ClickAsync(".ms-setup-done");
        await admin.WaitForURLAsync($"{_server.BaseUrl}/");
        // The address changes before the interactive router has drawn Home; wait for the page itself.
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Welcome, alex");

        // Invite a member.
        await admin.ClickAsync(".ms-sidebar a[href='/admin/users']");
        await admin.ClickAsync("button.ms-create-invite");
        var link = await admin.InputValueAsync("#invite-link");
        Assert.StartsWith($"{_server.BaseUrl}/invite/", link);

        // Dark mode and a custom accent, applied at once.
        await admin.ClickAsync(".ms-sidebar a[href='/settings']");
        await admin.WaitForSelectorAsync(".ms-mode-select");
        var lightBackground = await BackgroundAsync(admin);
        await admin.ClickAsync(".ms-mode-select >> text=Dark");
        await admin.WaitForFunctionAsync("() => document.getElementById('ms-theme-dark').media === 'all'");
        await admin.FillAsync("#ms-accent-input", "#ff5722");
        await admin.PressAsync("#ms-accent-input", "Tab");
        await admin.WaitForFunctionAsync("() => getComputedStyle(document.documentElement).getPropertyValue('--rz-primary').trim() === '#ff5722'");
        var darkBackground = await BackgroundAsync(admin);
        Assert.NotEqual(lightBackground, darkBackground);

        // After a reload the first paint is already dark with the accent: the server wrote it into the page.
        var response = await admin.ReloadAsync();
        var html = await response!.TextAsync();
        Assert.Contains("id=\"ms-theme-dark\" rel=\"stylesheet\" href=\"_content/Radzen.Blazor/css/material-dark.css\" media=\"all\"", html);
        Assert.Contains("--rz-primary:#ff5722", html);
        Assert.Equal(darkBackground, await BackgroundAsync(admin));
        Assert.Equal("#ff5722", await CssVariableAsync(admin, "--rz-primary"));

        // The member joins through the link in a browser of their own.
        var memberContext = await browser.Browser.NewContextAsync();
        var member = await memberContext.NewPageAsync();
        await member.GotoAsync(link);
        await CreateAccountAsync(member, _server.BaseUrl, "sam", "sam's long password");
        Assert.Equal("Welcome, sam", await member.InnerTextAsync("h1"));
        Assert.Equal("#4340d2", await CssVariableAsync(member, "--rz-primary"));
        Assert.Equal(lightBackground, await BackgroundAsync(member));
        Assert.Equal(0, await member.Locator(".ms-sidebar a[href='/admin/users']").CountAsync());

        // The used link now says so.
        var stranger = await browser.Browser.NewPageAsync();
        await stranger.GotoAsync(link);
        Assert.Contains("already been used", await stranger.InnerTextAsync("[role=alert]"));

        // Sign out and in again: the admin's theme follows the account, not the browser.
        await admin.ClickAsync(".ms-sidebar .ms-signout-button");
        await admin.WaitForURLAsync($"{_server.BaseUrl}/login");
        Assert.NotEqual(darkBackground, await BackgroundAsync(admin));
        await SignInAsync(admin, _server.BaseUrl, "alex", "alex's long password");
        Assert.Equal(darkBackground, await BackgroundAsync(admin));
        await ScreenshotAsync(admin, "desktop-dark-custom-accent");
    }

    [Fact]
    public async Task WrongPassword_ShowsTheReasonAndKeepsTheName()
    {
        using var api = _server.CreateClient();
        await Tests.Support.AccountClient.OnboardAsync(api);
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync($"{_server.BaseUrl}/login");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[role=alert]");
        Assert.Contains("do not match", await page.InnerTextAsync("[role=alert]"));
        Assert.Equal("admin", await page.InputValueAsync("#username"));
    }

    public void Dispose() => _server.Dispose();
}

using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E;

/// <summary>Home before there is any music: it says what to do, and only admins get the way to do it.</summary>
public sealed class HomeEmptyTests(BrowserFixture browser, HouseholdServer household) : IClassFixture<BrowserFixture>, IClassFixture<HouseholdServer>
{
    [Fact]
    public async Task NoLibraryYet_AdminIsSentToSettingsLibraries()
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await SignInAsync(page, household.Server.BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No music yet" })).ToBeVisibleAsync();
        await page.ClickAsync(".ms-home-start a:text('Add a library in Settings → Libraries')");
        await page.WaitForURLAsync($"{household.Server.BaseUrl}/settings/libraries");
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator(".ms-household")).ToContainTextAsync("2 accounts");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, "home-no-library-admin");
    }

    [Fact]
    public async Task NoLibraryYet_MemberIsToldWhoAddsMusic()
    {
        var page = await browser.Browser.NewPageAsync();
        await SignInAsync(page, household.Server.BaseUrl, HouseholdServer.MemberName, HouseholdServer.MemberPassword);

        await Assertions.Expect(page.Locator(".ms-home-start")).ToContainTextAsync("An admin of this household adds the music folders");
        Assert.Equal(0, await page.Locator(".ms-home-start a").CountAsync());
        Assert.Equal(0, await page.Locator(".ms-household").CountAsync());
    }
}

using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Music;

/// <summary>Two albums per page: the third comes only when the end of the grid is reached.</summary>
public sealed class InfiniteScrollTests(BrowserFixture browser, SmallPagesMusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<SmallPagesMusicServer>
{
    private string BaseUrl => music.Server.BaseUrl;

    /// <summary>A phone-wide window so short that one row of cards fills it and the end of the grid is out of sight.</summary>
    private async Task<IPage> ShortWindowAsync(string path)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 300 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
        await page.GotoAsync(BaseUrl + path);
        await WaitForCircuitAsync(page);
        return page;
    }

    [Fact]
    public async Task ScrollingToTheEnd_LoadsTheNextPage()
    {
        var page = await ShortWindowAsync("/music");
        await Assertions.Expect(page.Locator(".ms-album-card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".ms-load-more-button")).ToBeAttachedAsync();

        await page.Mouse.WheelAsync(0, 3000);

        await Assertions.Expect(page.Locator(".ms-album-card-title")).ToHaveTextAsync(["Double Feature", "Harbour Songs", "Northern Lights"]);
        await Assertions.Expect(page.Locator(".ms-load-more-button")).Not.ToBeAttachedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "albums shown" })).ToHaveTextAsync("3 albums shown");
    }

    [Fact]
    public async Task LoadMoreButton_WorksFromTheKeyboard()
    {
        var page = await ShortWindowAsync("/music/artists");
        await Assertions.Expect(page.Locator(".ms-artist-card")).ToHaveCountAsync(2);

        await page.Locator(".ms-load-more-button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".ms-artist-card .ms-album-card-title")).ToHaveTextAsync(["Aurora Band", "Beyoncé Quartet", "Cinema Club"]);
    }

    [Fact]
    public async Task TracksGrid_ReadsPageAfterPageInOrder()
    {
        var context = await browser.Browser.NewContextAsync(MusicScreens.Desktop);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
        await page.GotoAsync($"{BaseUrl}/music/tracks");
        await WaitForCircuitAsync(page);

        await Assertions.Expect(page.Locator(".ms-tracks-grid tr[data-track-id] td.ms-col-title .ms-grid-title")).ToHaveTextAsync(
            ["Polar Night", "Green Veil", "Solar Wind", "Low Tide", "Lighthouse", "Opening Credits", "Intermission", "Second Reel", "Closing Credits"]);
        await Assertions.Expect(page.Locator(".ms-tracks-count")).ToHaveTextAsync("9 tracks");
    }
}

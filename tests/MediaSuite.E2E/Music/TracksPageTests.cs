using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Music;

public sealed class TracksPageTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private string BaseUrl => music.Server.BaseUrl;

    private static readonly string[] ByArtist =
        ["Polar Night", "Green Veil", "Solar Wind", "Low Tide", "Lighthouse", "Opening Credits", "Intermission", "Second Reel", "Closing Credits"];

    private async Task<IPage> TracksAsync()
    {
        var context = await browser.Browser.NewContextAsync(MusicScreens.Desktop);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
        await page.GotoAsync($"{BaseUrl}/music/tracks");
        await WaitForCircuitAsync(page);
        return page;
    }

    private static ILocator Titles(IPage page) => page.Locator(".ms-tracks-grid tr[data-track-id] td.ms-col-title .ms-grid-title");

    [Fact]
    public async Task Grid_ListsEveryTrackByArtistThenAlbumOrder()
    {
        var page = await TracksAsync();

        await Assertions.Expect(Titles(page)).ToHaveTextAsync(ByArtist);
        await Assertions.Expect(page.Locator(".ms-tracks-count")).ToHaveTextAsync("9 tracks");
    }

    [Fact]
    public async Task ClickingTheTitleHeader_SortsByTitle_AndAgainReversesIt()
    {
        var page = await TracksAsync();
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(ByArtist);
        var titleHeader = page.Locator(".ms-tracks-grid th").Filter(new() { HasText = "Title" });

        await titleHeader.ClickAsync();
        var sorted = ByArtist.Order(StringComparer.OrdinalIgnoreCase).ToArray();
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(sorted);

        await titleHeader.ClickAsync();
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(sorted.Reverse().ToArray());
    }
}

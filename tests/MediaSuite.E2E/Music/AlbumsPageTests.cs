using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Music;

public sealed class AlbumsPageTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private string BaseUrl => music.Server.BaseUrl;

    private async Task<IPage> AlbumsAsync(string query = "")
    {
        var context = await browser.Browser.NewContextAsync(MusicScreens.Desktop);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
        await page.GotoAsync($"{BaseUrl}/music{query}");
        await WaitForCircuitAsync(page);
        return page;
    }

    private static ILocator Titles(IPage page) => page.Locator(".ms-album-grid .ms-album-card-title");

    [Fact]
    public async Task Grid_ShowsTheThreeAlbumsByName_InCardsOfOneSize()
    {
        var page = await AlbumsAsync();

        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Double Feature", "Harbour Songs", "Northern Lights"]);
        var cards = await page.Locator(".ms-album-card").AllAsync();
        var boxes = await Task.WhenAll(cards.Select(async c => (await c.BoundingBoxAsync())!));
        var arts = await Task.WhenAll((await page.Locator(".ms-album-card-art").AllAsync()).Select(async c => (await c.BoundingBoxAsync())!));
        // Equal to the pixel: grid tracks may differ by a fraction of one.
        Assert.All(boxes, b => Assert.Equal((Math.Round(boxes[0].Width), Math.Round(boxes[0].Height)), (Math.Round(b.Width), Math.Round(b.Height))));
        Assert.All(arts, a => Assert.Equal((Math.Round(arts[0].Width), Math.Round(arts[0].Width)), (Math.Round(a.Width), Math.Round(a.Height))));
        Assert.True(arts[0].Width > 100, $"cards are {arts[0].Width}px wide");
        // Every cover asks for the one card size.
        var sources = await page.Locator(".ms-album-card-cover").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('src'))");
        Assert.All(sources, src => Assert.Matches(@"^/api/covers/album/\d+\?v=[^&]+&w=300$", src));
    }

    [Fact]
    public async Task SortingByYear_NewestFirst_KeptInTheAddress_AndTheArrowReversesIt()
    {
        var page = await AlbumsAsync();
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Double Feature", "Harbour Songs", "Northern Lights"]);

        await page.SelectOptionAsync(".ms-sort-select", "year");

        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Harbour Songs", "Northern Lights", "Double Feature"]);
        Assert.EndsWith("/music?sort=year", page.Url);
        await page.ClickAsync(".ms-sort-direction");
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Double Feature", "Northern Lights", "Harbour Songs"]);
        Assert.EndsWith("/music?sort=year&order=asc", page.Url);

        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Double Feature", "Northern Lights", "Harbour Songs"]);
        await Assertions.Expect(page.Locator(".ms-sort-select")).ToHaveValueAsync("year");
    }

    [Fact]
    public async Task UnknownSortInTheAddress_FallsBackToName()
    {
        var page = await AlbumsAsync("?sort=colour&order=sideways");

        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Double Feature", "Harbour Songs", "Northern Lights"]);
    }

    [Fact]
    public async Task PlayOverlayOnACard_PlaysThatAlbumFromItsFirstTrack()
    {
        var (name, password) = await music.NewListenerAsync();
        var context = await browser.Browser.NewContextAsync(MusicScreens.Desktop);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, name, password);
        await page.GotoAsync($"{BaseUrl}/music");
        await WaitForCircuitAsync(page);

        await page.HoverAsync(".ms-album-card:has-text('Double Feature')");
        await page.ClickAsync("button[aria-label='Play Double Feature']");

        var opening = await music.TrackIdAsync("Opening Credits");
        var state = await music.WaitForPlaybackAsync(name, s => s.Current?.TrackId == opening);
        Assert.Equal((await music.AlbumIdAsync("Double Feature")).ToString(), state.Context!.Context.Id);
        Assert.Equal(4, state.Context.Context.TrackIds.Length);
    }
}

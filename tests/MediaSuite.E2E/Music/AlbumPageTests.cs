using MediaSuite.Domain.Playback;
using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Music;

public sealed class AlbumPageTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private string BaseUrl => music.Server.BaseUrl;

    private async Task<IPage> SignedInAsync(string user, string password, BrowserNewContextOptions? options = null)
    {
        var context = await browser.Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, user, password);
        return page;
    }

    [Fact]
    public async Task TwoDiscAlbum_ShowsBothDiscsInOrderWithTheTotalDuration()
    {
        var page = await SignedInAsync(AccountClient.AdminName, AccountClient.AdminPassword);
        var id = await music.AlbumIdAsync("Double Feature");

        await page.GotoAsync($"{BaseUrl}/music/albums/{id}");
        await WaitForCircuitAsync(page);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Double Feature");
        await Assertions.Expect(page.Locator(".ms-disc-heading span")).ToHaveTextAsync(["Disc 1", "Disc 2"]);
        await Assertions.Expect(page.Locator("ol[aria-label='Disc 1'] .ms-track-title")).ToHaveTextAsync(["Opening Credits", "Intermission"]);
        await Assertions.Expect(page.Locator("ol[aria-label='Disc 2'] .ms-track-title")).ToHaveTextAsync(["Second Reel", "Closing Credits"]);
        await Assertions.Expect(page.Locator(".ms-album-count")).ToHaveTextAsync("4 tracks");
        // Four generated tracks of about two seconds each.
        await Assertions.Expect(page.Locator(".ms-album-duration")).ToHaveTextAsync("8 s");
        await Assertions.Expect(page.Locator(".ms-album-year")).ToHaveTextAsync("1999");
        await Assertions.Expect(page.Locator(".ms-album-artist")).ToHaveTextAsync("Cinema Club");
        await Assertions.Expect(page.Locator(".ms-genre-chips a")).ToHaveTextAsync(["Jazz"]);
    }

    [Fact]
    public async Task PlayOnATrackRow_PlaysTheAlbumFromThatTrack()
    {
        var page = await SignedInAsync(MusicServer.MemberName, MusicServer.MemberPassword);
        var id = await music.AlbumIdAsync("Double Feature");
        var secondReel = await music.TrackIdAsync("Second Reel");
        await page.GotoAsync($"{BaseUrl}/music/albums/{id}");
        await WaitForCircuitAsync(page);

        await page.ClickAsync($".ms-track-row[data-track-id='{secondReel}'] button[aria-label='Play Second Reel']");

        var state = await music.WaitForPlaybackAsync(MusicServer.MemberName, s => s.Current?.TrackId == secondReel);
        Assert.Equal(ContextKind.Album, state.Context!.Context.Kind);
        Assert.Equal(id.ToString(), state.Context.Context.Id);
        Assert.Equal(["Opening Credits", "Intermission", "Second Reel", "Closing Credits"],
            await Task.WhenAll(state.Context.Context.TrackIds.Select(TitleOfAsync)));
        Assert.Equal(2, state.Current!.ContextIndex);
    }

    private async Task<string> TitleOfAsync(long trackId)
    {
        foreach (var title in MusicServer.Albums.SelectMany(a => a.TrackTitles))
            if (await music.TrackIdAsync(title) == trackId) return title;
        return "?";
    }

    [Fact]
    public async Task UnknownAlbum_SaysSo()
    {
        var page = await SignedInAsync(AccountClient.AdminName, AccountClient.AdminPassword);
        await page.GotoAsync($"{BaseUrl}/music/albums/987654");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Album not found");
    }
}

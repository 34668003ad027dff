using MediaSuite.Domain.Playback;
using MediaSuite.E2E.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Music;

/// <summary>Play, Play next and Add to queue from the music pages; each test uses a listener of its own.</summary>
public sealed class QueueActionsTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private string BaseUrl => music.Server.BaseUrl;

    private async Task<(IPage Page, string User)> ListenerOnAsync(string path)
    {
        var user = await music.NewListenerAsync();
        var context = await browser.Browser.NewContextAsync(MusicScreens.Desktop);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, user.Name, user.Password);
        await page.GotoAsync(BaseUrl + path);
        await WaitForCircuitAsync(page);
        return (page, user.Name);
    }

    private async Task<long[]> IdsAsync(params string[] titles) => await Task.WhenAll(titles.Select(music.TrackIdAsync));

    [Fact]
    public async Task AddAlbumToQueue_KeepsDiscAndTrackOrder()
    {
        var (page, user) = await ListenerOnAsync($"/music/albums/{await music.AlbumIdAsync("Double Feature")}");

        await page.ClickAsync(".ms-music-header button[aria-label='More for Double Feature']");
        await page.ClickAsync(".ms-popover-item:has-text('Add to queue')");

        var expected = await IdsAsync("Opening Credits", "Intermission", "Second Reel", "Closing Credits");
        var state = await music.WaitForPlaybackAsync(user, s => s.Queue.Length == 4);
        Assert.Equal(expected, state.Queue.Select(q => q.TrackId));
        await Assertions.Expect(page.Locator(".rz-notification")).ToContainTextAsync("Double Feature added to the queue");
    }

    [Fact]
    public async Task PlayNextOnATrackRow_GoesBeforeWhatWasQueued()
    {
        var (page, user) = await ListenerOnAsync($"/music/albums/{await music.AlbumIdAsync("Northern Lights")}");

        await page.ClickAsync("button[aria-label='More for Solar Wind']");
        await page.ClickAsync(".ms-popover-item:has-text('Add to queue')");
        await music.WaitForPlaybackAsync(user, s => s.Queue.Length == 1);
        await page.ClickAsync("button[aria-label='More for Polar Night']");
        await page.ClickAsync(".ms-popover-item:has-text('Play next')");

        var state = await music.WaitForPlaybackAsync(user, s => s.Queue.Length == 2);
        Assert.Equal(await IdsAsync("Polar Night", "Solar Wind"), state.Queue.Select(q => q.TrackId));
    }

    [Fact]
    public async Task QueueMenu_ClosesOnEscape_AndGivesFocusBack()
    {
        var (page, _) = await ListenerOnAsync($"/music/albums/{await music.AlbumIdAsync("Northern Lights")}");
        var more = page.Locator("button[aria-label='More for Green Veil']");

        await more.ClickAsync();
        await Assertions.Expect(more).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator(".ms-popover-item").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator(".ms-popover")).Not.ToBeAttachedAsync();
        await Assertions.Expect(more).ToBeFocusedAsync();
    }

    [Fact]
    public async Task PlayOnTheArtistPage_PlaysTheirTracksAlbumByAlbum()
    {
        var (page, user) = await ListenerOnAsync($"/music/artists/{await music.ArtistIdAsync("Cinema Club")}");

        await page.ClickAsync(".ms-play-all");

        var state = await music.WaitForPlaybackAsync(user, s => s.Context?.Context.Kind == ContextKind.Artist);
        Assert.Equal(await IdsAsync("Opening Credits", "Intermission", "Second Reel", "Closing Credits"), state.Context!.Context.TrackIds);
        Assert.Equal("Cinema Club", state.Context.Context.Name);
        Assert.Equal(state.Context.Context.TrackIds[0], state.Current!.TrackId);
    }

    [Fact]
    public async Task ShuffleOnAnAlbum_TurnsShuffleOnAndPlaysTheAlbum()
    {
        var (page, user) = await ListenerOnAsync($"/music/albums/{await music.AlbumIdAsync("Northern Lights")}");

        await page.ClickAsync(".ms-shuffle-all");

        var state = await music.WaitForPlaybackAsync(user, s => s.Context is not null);
        Assert.True(state.Shuffle);
        Assert.Equal(ContextKind.Album, state.Context!.Context.Kind);
        Assert.Contains(state.Current!.TrackId, state.Context.Context.TrackIds);
    }

    [Fact]
    public async Task GenrePage_ListsItsTracks_AndARowPlaysTheGenreFromThere()
    {
        var (page, user) = await ListenerOnAsync("/music/genres/ambient");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("ambient");
        var titles = new[] { "Polar Night", "Green Veil", "Solar Wind", "Low Tide", "Lighthouse" };
        await Assertions.Expect(page.Locator(".ms-track-title")).ToHaveTextAsync(titles);
        await page.ClickAsync("button[aria-label='Play Low Tide']");

        var state = await music.WaitForPlaybackAsync(user, s => s.Context?.Context.Kind == ContextKind.Genre);
        Assert.Equal(await IdsAsync(titles), state.Context!.Context.TrackIds);
        Assert.Equal(await music.TrackIdAsync("Low Tide"), state.Current!.TrackId);
    }

    [Fact]
    public async Task GenresPage_ListsGenresWithCounts()
    {
        var (page, _) = await ListenerOnAsync("/music/genres");

        await Assertions.Expect(page.Locator(".ms-genre-item")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("Ambient\\s*5 tracks"), new System.Text.RegularExpressions.Regex("Jazz\\s*4 tracks")]);
        await page.ClickAsync(".ms-genre-link:has-text('Jazz')");
        await page.WaitForURLAsync($"{BaseUrl}/music/genres/Jazz");
        await Assertions.Expect(page.Locator(".ms-track-title")).ToHaveTextAsync(["Opening Credits", "Intermission", "Second Reel", "Closing Credits"]);
    }
}

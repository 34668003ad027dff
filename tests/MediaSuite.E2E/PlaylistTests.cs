using System.Text;
using MediaSuite.E2E.Support;
using MediaSuite.Infrastructure.Music;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.MusicData;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E;

/// <summary>Playlists in the browser: add an album from Home, reorder by keyboard and by drag, rename, import, export, delete.</summary>
public sealed class PlaylistTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private static readonly string[] DoubleFeature = ["Opening Credits", "Intermission", "Second Reel", "Closing Credits"];

    private ILocator Titles(IPage page) => page.Locator(".ms-entries .ms-entry-title");

    /// <summary>Home → "Add to a playlist" on Double Feature → a new playlist → its page.</summary>
    private async Task<long> AlbumIntoNewPlaylistAsync(IPage page, string name)
    {
        await page.ClickAsync("#recently-added button[aria-label='Add Double Feature to a playlist']");
        await page.FillAsync("#ms-new-playlist-name", name);
        await page.ClickAsync(".ms-create-and-add");
        await Assertions.Expect(page.Locator(".rz-notification")).ToContainTextAsync($"Added 4 tracks to {name}");
        await page.Locator("a[href='/music']:visible").First.ClickAsync();
        await page.ClickAsync(".ms-music-tab[href='/music/playlists']");
        await page.ClickAsync($".ms-playlist-name:text-is('{name}')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        return long.Parse(page.Url.Split('/').Last());
    }

    [Fact]
    public async Task AddAnAlbumFromHome_ReorderByKeyboard_TheOrderSurvivesAReload()
    {
        var (page, userId) = await SignedInMemberAsync(browser, music, Desktop);
        var playlistId = await AlbumIntoNewPlaylistAsync(page, "Road trip");
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(DoubleFeature);

        await page.FocusAsync("button[aria-label='Move Intermission up']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Intermission", "Opening Credits", "Second Reel", "Closing Credits"]);
        // At the top there is no "up": the focus moves to the same entry's "down" button rather than being lost.
        await Assertions.Expect(page.Locator("button[aria-label='Move Intermission down']")).ToBeFocusedAsync();

        await page.FocusAsync("button[aria-label='Move Closing Credits up']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Intermission", "Opening Credits", "Closing Credits", "Second Reel"]);
        await Assertions.Expect(page.Locator("button[aria-label='Move Closing Credits up']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Intermission", "Closing Credits", "Opening Credits", "Second Reel"]);
        await Assertions.Expect(page.Locator("[role=status]").Last).ToHaveTextAsync("Closing Credits moved to position 2 of 4.");

        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Intermission", "Closing Credits", "Opening Credits", "Second Reel"]);
        var stored = await music.Server.Services.GetRequiredService<PlaylistService>().GetAsync(userId, playlistId);
        Assert.Equal(["Intermission", "Closing Credits", "Opening Credits", "Second Reel"], stored!.Entries.Select(e => e.Title));
    }

    [Fact]
    public async Task DragAnEntryOntoAnother_TakesItsPlace_AndRemoveTakesItOut()
    {
        var (page, _) = await SignedInMemberAsync(browser, music, Desktop);
        await AlbumIntoNewPlaylistAsync(page, "Dragged");

        await page.Locator(".ms-entry", new() { HasText = "Closing Credits" }).DragToAsync(page.Locator(".ms-entry", new() { HasText = "Opening Credits" }));
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Closing Credits", "Opening Credits", "Intermission", "Second Reel"]);

        await page.ClickAsync("button[aria-label='Remove Intermission from the playlist']");
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Closing Credits", "Opening Credits", "Second Reel"]);
        await Assertions.Expect(page.Locator(".ms-playlist-head .ms-hint")).ToContainTextAsync("3 tracks");
    }

    [Fact]
    public async Task PlayAndShuffle_StartThePlaylistAsAPlaylistContext()
    {
        var (page, userId) = await SignedInMemberAsync(browser, music, Desktop);
        var playlistId = await AlbumIntoNewPlaylistAsync(page, "Played");
        var sessions = music.Server.Services.GetRequiredService<Infrastructure.Playback.PlaybackSessions>();
        var album = await AlbumAsync(music, "Double Feature");

        await page.ClickAsync("button[aria-label='Play Second Reel']");
        await Assertions.Expect(page.Locator(".ms-entries")).ToBeVisibleAsync();
        var state = await WaitForAsync(sessions, userId, s => s.Current?.TrackId == album.Tracks[2]);
        Assert.Equal((Domain.Playback.ContextKind.Playlist, playlistId.ToString(), "Played"), (state.Context!.Context.Kind, state.Context.Context.Id, state.Context.Context.Name));
        Assert.Equal(album.Tracks, state.Context.Context.TrackIds);

        await page.ClickAsync(".ms-playlist-actions button:has-text('Shuffle')");
        state = await WaitForAsync(sessions, userId, s => s.Shuffle && s.Revision > state.Revision + 1);
        Assert.Equal(Domain.Playback.ContextKind.Playlist, state.Context!.Context.Kind);
    }

    private static async Task<Domain.Playback.PlaybackState> WaitForAsync(Infrastructure.Playback.PlaybackSessions sessions, string userId,
        Func<Domain.Playback.PlaybackState, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var state = await sessions.GetAsync(userId);
            if (condition(state)) return state;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The playback state did not change as expected within 10 s.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task CreateRenameAndDelete_FromTheListAndThePage()
    {
        var (page, _) = await SignedInMemberAsync(browser, music, Desktop);
        await page.GotoAsync($"{music.Server.BaseUrl}/music/playlists");
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator(".ms-shelf-empty")).ToContainTextAsync("No playlists yet");

        await page.ClickAsync(".ms-playlist-create-button");
        await Assertions.Expect(page.Locator(".ms-alert")).ToHaveTextAsync("A playlist needs a name.");
        await page.FillAsync("#ms-playlist-name", "Sunday");
        await page.ClickAsync(".ms-playlist-create-button");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sunday");
        await Assertions.Expect(page.Locator(".ms-shelf-empty")).ToContainTextAsync("This playlist is empty");

        await page.ClickAsync(".ms-playlist-rename");
        await page.FillAsync("#ms-rename-input", "Sunday morning");
        await page.PressAsync("#ms-rename-input", "Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sunday morning");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.ClickAsync(".ms-playlist-delete");
        await page.ClickAsync(".rz-dialog button:has-text('Delete')");
        await page.WaitForURLAsync($"{music.Server.BaseUrl}/music/playlists");
        await Assertions.Expect(page.Locator(".ms-shelf-empty")).ToContainTextAsync("No playlists yet");
    }

    [Fact]
    public async Task ExportThenImport_RecreatesTheOrder_AndReportsWhatDidNotMatch()
    {
        var (page, _) = await SignedInMemberAsync(browser, music, Desktop);
        await AlbumIntoNewPlaylistAsync(page, "Exported");
        await page.FocusAsync("button[aria-label='Move Second Reel up']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Opening Credits", "Second Reel", "Intermission", "Closing Credits"]);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a:has-text('Export M3U8')"));
        Assert.Equal("Exported.m3u8", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("#EXTM3U\n#EXTINF:2,Cinema Club - Opening Credits\n", text);

        await page.GotoAsync($"{music.Server.BaseUrl}/music/playlists");
        await WaitForCircuitAsync(page);
        var withStranger = text + "#EXTINF:200,Nobody - Nothing\n/not/in/the/library.mp3\n";
        await page.SetInputFilesAsync(".ms-playlist-import input[type=file]",
            new FilePayload { Name = "Imported.m3u8", MimeType = "audio/x-mpegurl", Buffer = Encoding.UTF8.GetBytes(withStranger) });
        await Assertions.Expect(page.Locator(".ms-import-report")).ToContainTextAsync("Added 4 tracks of 5 to Imported");
        await Assertions.Expect(page.Locator(".ms-import-unmatched li")).ToHaveTextAsync(
            ["Line 11: /not/in/the/library.mp3 — no track in the library at this path, and no track called “Nobody - Nothing”"]);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, "playlists-import-report-desktop");

        await page.ClickAsync(".ms-import-report a:text-is('Imported')");
        await Assertions.Expect(Titles(page)).ToHaveTextAsync(["Opening Credits", "Second Reel", "Intermission", "Closing Credits"]);
    }

    [Fact]
    public async Task ImportingSomethingThatIsNotAPlaylist_SaysSo_AndCreatesNothing()
    {
        var (page, userId) = await SignedInMemberAsync(browser, music, Desktop);
        await page.GotoAsync($"{music.Server.BaseUrl}/music/playlists");
        await WaitForCircuitAsync(page);

        await page.SetInputFilesAsync(".ms-playlist-import input[type=file]",
            new FilePayload { Name = "cover.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] });

        await Assertions.Expect(page.Locator(".ms-playlist-import .ms-alert")).ToContainTextAsync("cover.png: The file is not UTF-8 text");
        Assert.Empty(await music.Server.Services.GetRequiredService<PlaylistService>().ListAsync(userId));
    }

    [Fact]
    public async Task AnotherUsersPlaylist_ShowsNotFound()
    {
        var (owner, _) = await SignedInMemberAsync(browser, music, Desktop);
        var playlistId = await AlbumIntoNewPlaylistAsync(owner, "Private");
        var (stranger, _) = await SignedInMemberAsync(browser, music, Desktop);

        await stranger.GotoAsync($"{music.Server.BaseUrl}/music/playlists/{playlistId}");

        await Assertions.Expect(stranger.Locator("h1")).ToHaveTextAsync("Playlist not found");
        Assert.Equal(0, await stranger.Locator(".ms-entry").CountAsync());
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    [InlineData("tv")]
    public async Task PlaylistPages_InEveryLayout_PassAxe(string layout)
    {
        var (page, _) = await SignedInMemberAsync(browser, music, layout switch { "phone" => Phone, "tv" => Tv, _ => Desktop });
        await AlbumIntoNewPlaylistAsync(page, $"Layout {layout}");
        await Assertions.Expect(Titles(page)).ToHaveCountAsync(4);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, $"playlist-{layout}");

        await page.GotoAsync($"{music.Server.BaseUrl}/music/playlists");
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator(".ms-playlist-item")).ToHaveCountAsync(1);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, $"playlists-{layout}");

        await page.GotoAsync($"{music.Server.BaseUrl}/");
        await WaitForCircuitAsync(page);
        await page.ClickAsync("#recently-added button[aria-label='Add Northern Lights to a playlist']");
        await Assertions.Expect(page.Locator(".ms-playlist-choice")).ToHaveCountAsync(1);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, $"add-to-playlist-{layout}");
    }
}

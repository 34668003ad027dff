using MediaSuite.Domain.Playback;
using MediaSuite.E2E.Music;
using MediaSuite.E2E.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Player.PlayerKit;

namespace MediaSuite.E2E.Player;

/// <summary>The queue panel: sections, reorder by drag and by keyboard, remove, clear, play from here.</summary>
public sealed class QueuePanelTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private static ILocator Rows(IPage page, string section) => page.Locator($"#ms-queue section[data-section='{section}'] .ms-queue-row .ms-queue-title");

    private async Task<IPage> PausedOnDoubleFeatureAsync(string user)
    {
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        await PauseAsync(page);
        return page;
    }

    [Fact]
    public async Task Panel_ShowsNowPlayingTheQueueAndTheAlbumInTheirOwnSections()
    {
        var user = await NewMemberAsync(music);
        var page = await PausedOnDoubleFeatureAsync(user);
        await GoToAlbumAsync(page, music, "Harbour Songs");
        await QueueTrackAsync(page, "Lighthouse", "Add to queue");

        await page.ClickAsync(".ms-player-queue");

        await Assertions.Expect(page.Locator("#ms-queue h3")).ToHaveTextAsync(["Now playing", "Next in queue", "Next from: Double Feature"]);
        await Assertions.Expect(page.Locator("#ms-queue .ms-queue-current .ms-queue-title")).ToHaveTextAsync("Opening Credits");
        await Assertions.Expect(Rows(page, "Queue")).ToHaveTextAsync(["Lighthouse"]);
        await Assertions.Expect(Rows(page, "Context")).ToHaveTextAsync(["Intermission", "Second Reel", "Closing Credits"]);
        await Assertions.Expect(page.Locator("#ms-queue section[data-section='Context'] .ms-queue-duration").First).ToHaveTextAsync("0:02");
        await Assertions.Expect(page.Locator("#ms-queue .ms-queue-close")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#ms-queue")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".ms-player-queue")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Rows_MoveByKeyboardAndByDrag_AndAreRemoved()
    {
        var user = await NewMemberAsync(music);
        var page = await PausedOnDoubleFeatureAsync(user);
        await page.ClickAsync(".ms-player-queue");
        await Assertions.Expect(Rows(page, "Context")).ToHaveTextAsync(["Intermission", "Second Reel", "Closing Credits"]);
        await Assertions.Expect(page.Locator("#ms-queue .ms-queue-close")).ToBeFocusedAsync();

        // Keyboard: the move buttons, and the focus stays on the row that moved.
        await page.Locator("button[aria-label='Move Closing Credits up']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Rows(page, "Context")).ToHaveTextAsync(["Intermission", "Closing Credits", "Second Reel"]);
        await Assertions.Expect(page.Locator("button[aria-label='Move Closing Credits up']")).ToBeFocusedAsync();

        // Drag: Intermission onto Second Reel's place.
        await page.Locator("#ms-queue li:has-text('Intermission') .ms-queue-handle").DragToAsync(page.Locator("#ms-queue li:has-text('Second Reel')"));
        await Assertions.Expect(Rows(page, "Context")).ToHaveTextAsync(["Closing Credits", "Second Reel", "Intermission"]);

        await page.ClickAsync("button[aria-label='Remove Second Reel from the queue']");
        await Assertions.Expect(Rows(page, "Context")).ToHaveTextAsync(["Closing Credits", "Intermission"]);

        var state = await music.PlaybackAsync(user);
        var order = await Task.WhenAll(QueueView.Of(state).Upcoming.Select(i => music.TrackTitleAsync(i.TrackId)));
        Assert.Equal(["Closing Credits", "Intermission"], order);
    }

    [Fact]
    public async Task PlayFromHere_JumpsToThatTrack_AndClearQueue_EmptiesOnlyThePersonalQueue()
    {
        var user = await NewMemberAsync(music);
        var page = await PausedOnDoubleFeatureAsync(user);
        await GoToAlbumAsync(page, music, "Harbour Songs");
        await QueueTrackAsync(page, "Low Tide", "Add to queue");
        await QueueTrackAsync(page, "Lighthouse", "Add to queue");
        await page.ClickAsync(".ms-player-queue");
        await Assertions.Expect(Rows(page, "Queue")).ToHaveTextAsync(["Low Tide", "Lighthouse"]);

        await page.ClickAsync(".ms-queue-clear");
        await Assertions.Expect(Rows(page, "Queue")).ToHaveCountAsync(0);
        await Assertions.Expect(Rows(page, "Context")).ToHaveTextAsync(["Intermission", "Second Reel", "Closing Credits"]);

        await page.ClickAsync("button[aria-label='Play Second Reel from here']");
        await ExpectAudiblyPlayingAsync(page, "Second Reel");
        await Assertions.Expect(Rows(page, "Context")).ToHaveTextAsync(["Closing Credits"]);
    }
}

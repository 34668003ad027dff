using MediaSuite.E2E.Music;
using MediaSuite.E2E.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Player.PlayerKit;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Player;

/// <summary>The bar's controls, keys, Media Session and what survives a reload, in Chromium.</summary>
public sealed class PlayerControlsTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    [Fact]
    public async Task VolumeSetTo30Percent_IsWhatTheAudioPlaysAtAfterAReload()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");

        await page.Locator("input[data-role=volume]").FillAsync("30");
        Assert.Equal(0.3, await AudioAsync(page, "volume"), 3);

        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Assertions.Expect(Bar(page)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[data-role=volume]")).ToHaveValueAsync("30");
        Assert.Equal(0.3, await AudioAsync(page, "volume"), 3);
        await PlayPause(page).ClickAsync();
        await page.WaitForFunctionAsync($"() => !{ActiveAudio}.paused && {ActiveAudio}.currentTime > 0.1");
        Assert.Equal(0.3, await AudioAsync(page, "volume"), 3);
        Assert.Equal(0.3, await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.ms-player audio')].map(a => a.volume))"), 3);
    }

    [Fact]
    public async Task AReload_ResumesTheSameTrackPausedWhereItStopped()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        await page.WaitForFunctionAsync($"() => {ActiveAudio}.currentTime > 0.8");
        await PauseAsync(page);
        var stoppedAt = await music.WaitForPlaybackAsync(user, s => !s.IsPlaying && s.PositionMs > 0);

        await page.ReloadAsync();
        await WaitForCircuitAsync(page);

        await Assertions.Expect(NowPlaying(page)).ToHaveTextAsync("Opening Credits");
        await Assertions.Expect(PlayPause(page)).ToHaveAttributeAsync("aria-label", "Play");
        await page.WaitForFunctionAsync($"() => {ActiveAudio}?.readyState >= 1");
        Assert.Equal(stoppedAt.PositionMs / 1000.0, await AudioAsync(page, "currentTime"), 1);
        Assert.True(await page.EvaluateAsync<bool>($"() => {ActiveAudio}.paused"));
    }

    [Fact]
    public async Task ReloadingWhilePlaying_LeavesTheQueuePausedAndTheListenRecorded()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Northern Lights");
        await ExpectAudiblyPlayingAsync(page, "Polar Night");

        await page.ReloadAsync();
        await WaitForCircuitAsync(page);

        var state = await music.WaitForPlaybackAsync(user, s => !s.IsPlaying);
        await Assertions.Expect(PlayPause(page)).ToHaveAttributeAsync("aria-label", "Play");
        await Assertions.Expect(NowPlaying(page)).ToHaveTextAsync(await TitleOfAsync(state.Current!.TrackId));
    }

    [Fact]
    public async Task MediaSession_ShowsThePlayingTrackWithItsCover()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Northern Lights");
        await ExpectAudiblyPlayingAsync(page, "Polar Night");

        await page.WaitForFunctionAsync("() => navigator.mediaSession.metadata?.title === 'Polar Night'");
        Assert.Equal("Aurora Band", await page.EvaluateAsync<string>("() => navigator.mediaSession.metadata.artist"));
        Assert.Equal("Northern Lights", await page.EvaluateAsync<string>("() => navigator.mediaSession.metadata.album"));
        var sizes = await page.EvaluateAsync<string[]>("() => navigator.mediaSession.metadata.artwork.map(a => a.sizes)");
        Assert.Equal(["96x96", "256x256", "512x512"], sizes);
        var artwork = await page.EvaluateAsync<string>("() => navigator.mediaSession.metadata.artwork[2].src");
        var cover = await page.Context.APIRequest.GetAsync(artwork);
        Assert.Equal(200, cover.Status);

        await page.WaitForFunctionAsync("() => navigator.mediaSession.metadata?.title === 'Green Veil'");
        Assert.Equal("playing", await page.EvaluateAsync<string>("() => navigator.mediaSession.playbackState"));
    }

    [Fact]
    public async Task Keys_SpaceToggles_NMovesToTheNextTrack_PGoesBack_MMutes()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        await page.Locator("h1").ClickAsync(); // focus leaves the Play button: keys go to the page

        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(PlayPause(page)).ToHaveAttributeAsync("aria-label", "Play");
        // Paused, so only the key can move on: the track cannot end by itself meanwhile.
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(NowPlaying(page)).ToHaveTextAsync("Intermission");
        await Assertions.Expect(PlayPause(page)).ToHaveAttributeAsync("aria-label", "Play");
        await page.Keyboard.PressAsync("p");
        await Assertions.Expect(NowPlaying(page)).ToHaveTextAsync("Opening Credits");

        await page.Keyboard.PressAsync("m");
        await Assertions.Expect(page.Locator(".ms-player-mute")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await page.EvaluateAsync<bool>($"() => {ActiveAudio}.muted"));
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("input[data-role=volume]")).ToHaveValueAsync("95");

        await page.Keyboard.PressAsync(" ");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
    }

    [Fact]
    public async Task SeekBar_ShowsWhatIsBuffered_AndMovesTheAudioAndTheSavedPosition()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        await PauseAsync(page);
        // A two-second file is soon all in: the bar's buffered part reaches the end.
        await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('section.ms-player')).getPropertyValue('--ms-buffered').trim() === '100%'");

        await page.Locator("input[data-role=seek]").FillAsync("1.25");

        await page.WaitForFunctionAsync($"() => Math.abs({ActiveAudio}.currentTime - 1.25) < 0.05");
        await music.WaitForPlaybackAsync(user, s => s.PositionMs == 1_250);
        await Assertions.Expect(page.Locator("[data-role=elapsed]")).ToHaveTextAsync("0:01");
        await Assertions.Expect(page.Locator("input[data-role=seek]")).ToHaveAttributeAsync("aria-valuetext", "0:01 of 0:02");
    }

    [Fact]
    public async Task QuestionMark_ListsTheShortcuts()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        await page.Locator("h1").ClickAsync();

        await page.Keyboard.PressAsync("?");

        var dialog = page.Locator(".rz-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("Keyboard shortcuts");
        await Assertions.Expect(dialog.Locator("tbody tr")).ToHaveCountAsync(8);
        await Assertions.Expect(dialog).ToContainTextAsync("TV layout");
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Tv_ArrowsMoveTheFocusNotThePlayback_WhileNAndMediaKeysStillWork()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user, "tv");
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        await PauseAsync(page);
        var at = await AudioAsync(page, "currentTime");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.outerHTML");

        await page.Keyboard.PressAsync("ArrowLeft");

        await page.WaitForFunctionAsync("f => document.activeElement.outerHTML !== f", focused);
        Assert.Equal(at, await AudioAsync(page, "currentTime"), 2);
        await page.Keyboard.PressAsync("MediaTrackNext");
        await Assertions.Expect(NowPlaying(page)).ToHaveTextAsync("Intermission");
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(NowPlaying(page)).ToHaveTextAsync("Second Reel");
    }

    [Fact]
    public async Task KeysInATextField_AreLeftToTheField()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        await PauseAsync(page);
        await page.GotoAsync(music.Server.BaseUrl + "/settings");
        await WaitForCircuitAsync(page);
        var field = page.Locator("input[type=text], input:not([type])").First;
        await field.FocusAsync();

        await page.Keyboard.TypeAsync("n m");
        // A command the circuit handles after any the keys might have sent: once it shows, they would have too.
        await page.ClickAsync(".ms-player-repeat");
        await Assertions.Expect(page.Locator(".ms-player-repeat")).ToHaveAttributeAsync("aria-label", "Repeat: all");

        Assert.Equal("Opening Credits", (await TitleOfAsync((await music.PlaybackAsync(user)).Current!.TrackId)));
        await Assertions.Expect(page.Locator(".ms-player-mute")).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(PlayPause(page)).ToHaveAttributeAsync("aria-label", "Play");
    }

    [Fact]
    public async Task AnExpiredOrBrokenStreamLink_IsRenewedAndPlaybackGoesOnFromTheSamePlace()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        await page.WaitForFunctionAsync($"() => {ActiveAudio}.currentTime > 0.8");
        await PauseAsync(page);
        var at = await AudioAsync(page, "currentTime");

        // The server answers a link with a wrong signature as it answers an expired one: 401.
        var broken = await page.EvaluateAsync<string>(
            $"() => {{ const a = {ActiveAudio}; a.src = a.src.replace(/([?&]s=)[^&]+/, '$1' + 'A'.repeat(43)); return a.src; }}");
        await page.WaitForFunctionAsync($"b => {ActiveAudio}.src !== b && {ActiveAudio}.readyState >= 1", broken);
        Assert.Equal(at, await AudioAsync(page, "currentTime"), 1);

        await PlayPause(page).ClickAsync();
        await page.WaitForFunctionAsync($"t => !{ActiveAudio}.paused && {ActiveAudio}.currentTime > t + 0.2", at);
    }

    [Fact]
    public async Task ASecondTab_ShowsThePlaybackWithoutPlayingIt_UntilPlayIsPressedThere()
    {
        var user = await NewMemberAsync(music);
        var first = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(first, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(first, "Opening Credits");
        await PauseAsync(first);

        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(music.Server.BaseUrl + "/");
        await WaitForCircuitAsync(second);
        await Assertions.Expect(NowPlaying(second)).ToHaveTextAsync("Opening Credits");
        await Assertions.Expect(Bar(second)).ToHaveAttributeAsync("data-output", "false");

        await PlayPause(first).ClickAsync();
        await ExpectAudiblyPlayingAsync(first, "Opening Credits");
        await Assertions.Expect(PlayPause(second)).ToHaveAttributeAsync("aria-label", "Pause");
        Assert.True(await second.EvaluateAsync<bool>($"() => {ActiveAudio}.paused"));

        await PauseAsync(first);
        await PlayPause(second).ClickAsync();
        await Assertions.Expect(Bar(second)).ToHaveAttributeAsync("data-output", "true");
        await second.WaitForFunctionAsync($"() => !{ActiveAudio}.paused && {ActiveAudio}.currentTime > 0.1");
        await Assertions.Expect(Bar(first)).ToHaveAttributeAsync("data-output", "false");
        Assert.True(await first.EvaluateAsync<bool>($"() => {ActiveAudio}.paused"));
    }

    private Task<string> TitleOfAsync(long trackId) => music.TrackTitleAsync(trackId);
}

using MediaSuite.Domain.Playback;
using MediaSuite.E2E.Music;
using MediaSuite.E2E.Support;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static MediaSuite.E2E.Player.PlayerKit;

namespace MediaSuite.E2E.Player;

/// <summary>What plays after what, heard through the bar's audio in Chromium with the music server's two-second tracks.</summary>
public sealed class PlaybackFlowTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    [Fact]
    public async Task AnAlbumStartedFromItsPage_PlaysThroughAdvancingToEachNextTrack()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await Assertions.Expect(Bar(page)).ToBeHiddenAsync();

        await PlayAlbumAsync(page, music, "Northern Lights");

        await ExpectAudiblyPlayingAsync(page, "Polar Night");
        // The next track waits, loaded, in the second audio element, so it starts the moment this one ends.
        var greenVeil = await music.TrackIdAsync("Green Veil");
        await page.WaitForFunctionAsync(
            $"() => [...document.querySelectorAll('.ms-player audio:not([data-active])')].some(a => a.dataset.track === '{greenVeil}' && a.readyState >= 3)");
        await ExpectAudiblyPlayingAsync(page, "Green Veil");
        await ExpectAudiblyPlayingAsync(page, "Solar Wind");

        // Each track that played to its end is in the history: completed, from the album, on this browser.
        var device = await page.EvaluateAsync<string>("() => localStorage.getItem('ms-device-id')");
        var listens = await WaitForListensAsync(user, l => l.Count(x => x.Completed) >= 2);
        var completed = listens.Where(l => l.Completed).Take(2).ToList();
        Assert.Equal([await music.TrackIdAsync("Polar Night"), greenVeil], completed.Select(l => l.TrackId));
        Assert.All(completed, l =>
        {
            Assert.Equal(device, l.DeviceId);
            Assert.Equal((ContextKind?)ContextKind.Album, l.ContextKind);
            Assert.Equal("Northern Lights", l.ContextName);
            Assert.False(l.Skipped);
            Assert.True(l.CountsAsPlay, $"{l.PlayedMs} ms of a two-second track counts as a play");
            Assert.InRange(l.PlayedMs, 1000, 2600);
        });
    }

    [Fact]
    public async Task PlayNextAndAddToQueue_PlayFirst_ThenTheAlbumGoesOnFromTheTrackAfter()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        await PauseAsync(page);

        await GoToAlbumAsync(page, music, "Harbour Songs");
        await QueueTrackAsync(page, "Lighthouse", "Add to queue");
        await QueueTrackAsync(page, "Low Tide", "Play next");
        await PlayPause(page).ClickAsync();

        foreach (var title in new[] { "Low Tide", "Lighthouse", "Intermission", "Second Reel" })
            await ExpectAudiblyPlayingAsync(page, title);
    }

    [Fact]
    public async Task WhenTheAlbumEndsWithRepeatOff_RadioPlaysTracksThatWereNotJustPlayed()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await PlayAlbumAsync(page, music, "Harbour Songs");
        await ExpectAudiblyPlayingAsync(page, "Lighthouse");

        var state = await music.WaitForPlaybackAsync(user, s => s.Current?.Source == QueueSource.Radio);
        var album = new[] { await music.TrackIdAsync("Low Tide"), await music.TrackIdAsync("Lighthouse") };
        Assert.DoesNotContain(state.Current!.TrackId, album);
        Assert.DoesNotContain(state.Radio.Select(e => e.TrackId), album.Contains);
        await Assertions.Expect(NowPlaying(page)).Not.ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Low Tide|Lighthouse)$"));
        await page.WaitForFunctionAsync($"() => !{ActiveAudio}.paused");
    }

    [Fact]
    public async Task RepeatOne_ReplaysTheTrack_AndRepeatAll_StartsTheAlbumAgain()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        var repeat = page.Locator(".ms-player-repeat");
        await PlayAlbumAsync(page, music, "Harbour Songs");
        await ExpectAudiblyPlayingAsync(page, "Low Tide");
        await PauseAsync(page);

        await repeat.ClickAsync();
        await Assertions.Expect(repeat).ToHaveAttributeAsync("aria-label", "Repeat: all");
        await repeat.ClickAsync();
        await Assertions.Expect(repeat).ToHaveAttributeAsync("aria-label", "Repeat: one");
        await Assertions.Expect(repeat.Locator("i")).ToHaveTextAsync("repeat_one_on");
        await PlayPause(page).ClickAsync();

        // Low Tide ends and starts again: two completed listens of it while it is still the track playing.
        var lowTide = await music.TrackIdAsync("Low Tide");
        await WaitForListensAsync(user, l => l.Count(x => x.TrackId == lowTide && x.Completed) >= 2);
        await ExpectAudiblyPlayingAsync(page, "Low Tide");
        Assert.Equal(lowTide, (await music.PlaybackAsync(user)).Current!.TrackId);

        await repeat.ClickAsync();
        await Assertions.Expect(repeat).ToHaveAttributeAsync("aria-label", "Repeat: off");
        await repeat.ClickAsync();
        await Assertions.Expect(repeat).ToHaveAttributeAsync("aria-label", "Repeat: all");
        await ExpectAudiblyPlayingAsync(page, "Lighthouse");
        await ExpectAudiblyPlayingAsync(page, "Low Tide");
        Assert.Equal(QueueSource.Context, (await music.PlaybackAsync(user)).Current!.Source);
    }

    [Fact]
    public async Task Shuffle_PlaysEveryTrackOfTheAlbumOnceInADrawnOrder()
    {
        var user = await NewMemberAsync(music);
        var page = await OpenAsync(browser.Browser, music, user);
        await GoToAlbumAsync(page, music, "Double Feature");
        await page.ClickAsync(".ms-shuffle-all");
        await Assertions.Expect(page.Locator(".ms-player-shuffle")).ToHaveAttributeAsync("aria-pressed", "true");

        var heard = new List<string>();
        var titles = MusicServer.Albums.Single(a => a.Title == "Double Feature").TrackTitles.ToList();
        var state = await music.WaitForPlaybackAsync(user, s => s.Current is not null);
        Assert.True(state.Shuffle);
        await Assertions.Expect(NowPlaying(page)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^({string.Join('|', titles)})$"));
        while (heard.Count < titles.Count)
        {
            var current = await NowPlaying(page).InnerTextAsync();
            if (titles.Contains(current) && !heard.Contains(current))
            {
                await ExpectAudiblyPlayingAsync(page, current);
                heard.Add(current);
            }
            else
            {
                Assert.True(titles.Contains(current), $"{current} played before the album was through: {string.Join(", ", heard)}");
                await page.WaitForFunctionAsync("t => document.querySelector('.ms-player-titles .ms-player-title')?.textContent !== t", current);
            }
        }
        Assert.Equal(titles.Order(), heard.Order());
    }

    private async Task<List<Listen>> WaitForListensAsync(string userName, Func<List<Listen>, bool> condition)
    {
        var userId = await music.UserIdAsync(userName);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using (var db = await music.Server.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync())
            {
                var listens = await db.Listens.AsNoTracking().Where(l => l.UserId == userId).OrderBy(l => l.Id).ToListAsync();
                if (condition(listens)) return listens;
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"{userName} has {listens.Count} listens, not the ones expected.");
            }
            await Task.Delay(100);
        }
    }
}

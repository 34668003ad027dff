using System.Net;
using MediaSuite.E2E.Music;
using MediaSuite.E2E.Support;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Player;

/// <summary>
/// A fresh member per test (its own queue, listens and browser profile, so no test sees another's
/// playback), and what a listener does with the player bar in Playwright terms.
/// </summary>
public static class PlayerKit
{
    public const string Password = "listener password";

    /// <summary>The audio element that plays now (the bar swaps two of them).</summary>
    public const string ActiveAudio = "document.querySelector('.ms-player audio[data-active]')";

    public static async Task<string> NewMemberAsync(MusicServer music)
    {
        var name = "l" + Guid.NewGuid().ToString("N")[..12];
        using var admin = music.Server.CreateClient();
        AccountClient.Expect(await AccountClient.SignInAsync(admin, AccountClient.AdminName, AccountClient.AdminPassword), HttpStatusCode.Redirect);
        var invite = await AccountClient.CreateInviteAsync(admin);
        using var member = music.Server.CreateClient();
        AccountClient.Expect(await AccountClient.RegisterAsync(member, invite.Url, name, Password), HttpStatusCode.Redirect);
        return name;
    }

    public static async Task<string> TrackTitleAsync(this MusicServer music, long trackId)
    {
        await using var db = await music.Server.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();
        return await db.Tracks.Where(t => t.Id == trackId).Select(t => t.Title).SingleAsync();
    }

    public static async Task<IPage> OpenAsync(IBrowser browser, MusicServer music, string user, string layout = "desktop")
    {
        var context = await MusicScreens.OpenAsync(browser, layout, music.Server.BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAsync(page, music.Server.BaseUrl, user, Password);
        return page;
    }

    public static async Task GoToAlbumAsync(IPage page, MusicServer music, string title)
    {
        await page.GotoAsync($"{music.Server.BaseUrl}/music/albums/{await music.AlbumIdAsync(title)}");
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
    }

    public static async Task PlayAlbumAsync(IPage page, MusicServer music, string title)
    {
        await GoToAlbumAsync(page, music, title);
        await page.ClickAsync(".ms-play-all");
    }

    /// <summary>"Play next" or "Add to queue" from a track row's menu on the album page that is open.</summary>
    public static async Task QueueTrackAsync(IPage page, string trackTitle, string action)
    {
        await page.ClickAsync($"button[aria-label='More for {trackTitle}']");
        await page.ClickAsync($".ms-popover-item:has-text('{action}')");
        await Assertions.Expect(page.Locator(".ms-popover")).ToBeHiddenAsync();
    }

    public static ILocator Bar(IPage page) => page.Locator("section.ms-player");

    public static ILocator PlayPause(IPage page) => page.Locator(".ms-player-controls .ms-player-play");

    /// <summary>Pauses from the bar and waits until the audio has stopped.</summary>
    public static async Task PauseAsync(IPage page)
    {
        await Assertions.Expect(PlayPause(page)).ToHaveAttributeAsync("aria-label", "Pause");
        await PlayPause(page).ClickAsync();
        await Assertions.Expect(PlayPause(page)).ToHaveAttributeAsync("aria-label", "Play");
        await page.WaitForFunctionAsync($"() => {ActiveAudio}.paused");
    }

    public static ILocator NowPlaying(IPage page) => page.Locator(".ms-player-titles .ms-player-title");

    /// <summary>Waits until the audio really plays (not paused, time moving) <paramref name="title"/>.</summary>
    public static async Task ExpectAudiblyPlayingAsync(IPage page, string title)
    {
        await Assertions.Expect(NowPlaying(page)).ToHaveTextAsync(title, new() { Timeout = 15_000 });
        await page.WaitForFunctionAsync($"() => {{ const a = {ActiveAudio}; return a && !a.paused && a.currentTime > 0.1; }}", null, new() { Timeout = 15_000 });
    }

    public static Task<double> AudioAsync(IPage page, string property) =>
        page.EvaluateAsync<double>($"() => Number({ActiveAudio}?.{property})");
}

using MediaSuite.Domain.Playback;
using MediaSuite.E2E.Support;
using MediaSuite.Infrastructure.Playback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.MusicData;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E;

/// <summary>Home for a new listener and after some listening, in the three layouts.</summary>
public sealed class HomeTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private static readonly string[] AlbumTitles = MusicServer.Albums.Select(a => a.Title).ToArray();

    [Fact]
    public async Task NewListener_LandsOnHome_WithRecentlyAddedAlbumsInSameSizeCards()
    {
        var (page, _) = await SignedInMemberAsync(browser, music, Desktop);

        Assert.Equal($"{music.Server.BaseUrl}/", page.Url);
        var added = page.Locator("#recently-added .ms-media-card");
        await Assertions.Expect(added).ToHaveCountAsync(3);
        Assert.Equal(AlbumTitles.Order(), (await added.Locator(".ms-media-title").AllInnerTextsAsync()).Order());
        await Assertions.Expect(page.Locator("#recently-played .ms-shelf-empty")).ToContainTextAsync("Albums, playlists and tracks you play show up here");
        Assert.Equal(0, await page.Locator("#continue").CountAsync());

        var boxes = await Task.WhenAll((await page.Locator(".ms-media-card").AllAsync()).Select(c => c.BoundingBoxAsync()));
        Assert.Single(boxes.Select(b => (Math.Round(b!.Width), Math.Round(b.Height))).Distinct());
        var covers = page.Locator("#recently-added .ms-media-cover img");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#recently-added .ms-media-cover img')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.All(await covers.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('src'))"), src => Assert.Contains("w=300", src));
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, "home-new-listener-desktop");
    }

    [Fact]
    public async Task AfterListening_RecentlyPlayedIsNewestFirst_AndContinueResumes()
    {
        var (page, userId) = await SignedInMemberAsync(browser, music, Desktop);
        var now = DateTimeOffset.UtcNow;
        var doubleFeature = await AlbumAsync(music, "Double Feature");
        var northern = await AlbumAsync(music, "Northern Lights");
        await ListenAsync(music, userId, doubleFeature.Tracks[0], now.AddMinutes(-30), ContextKind.Album, doubleFeature.Id.ToString());
        await ListenAsync(music, userId, await TrackIdAsync(music, "Low Tide"), now.AddMinutes(-20));
        await ListenAsync(music, userId, northern.Tracks[1], now.AddMinutes(-10), ContextKind.Album, northern.Id.ToString());
        var sessions = music.Server.Services.GetRequiredService<PlaybackSessions>();
        await sessions.ApplyAsync(userId, new QueueCommand.Play(new PlaybackContext(ContextKind.Album, northern.Id.ToString(), "Northern Lights", [.. northern.Tracks]), 1, 1));
        await sessions.ApplyAsync(userId, new QueueCommand.Pause(1000));

        await page.ReloadAsync();
        await WaitForCircuitAsync(page);

        await Assertions.Expect(page.Locator("#recently-played .ms-media-title")).ToHaveTextAsync(["Northern Lights", "Low Tide", "Double Feature"]);
        await Assertions.Expect(page.Locator("#recently-played .ms-media-subtitle")).ToHaveTextAsync(["Aurora Band", "Beyoncé Quartet", "Cinema Club"]);
        await Assertions.Expect(page.Locator("#most-played .ms-media-card")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#continue .ms-media-title")).ToHaveTextAsync("Green Veil");
        await Assertions.Expect(page.Locator("#continue .ms-media-subtitle")).ToHaveTextAsync("From Northern Lights");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, "home-with-history-desktop");

        await page.ClickAsync("#continue button[aria-label='Resume Green Veil']");
        await WaitUntilAsync(async () => (await sessions.GetAsync(userId)).IsPlaying);
        var state = await sessions.GetAsync(userId);
        Assert.Equal(northern.Tracks[1], state.Current!.TrackId);
    }

    [Fact]
    public async Task PlayButtonOnAnAlbumCard_PlaysThatAlbumFromItsFirstTrack()
    {
        var (page, userId) = await SignedInMemberAsync(browser, music, Desktop);
        var harbour = await AlbumAsync(music, "Harbour Songs");

        await page.ClickAsync("#recently-added button[aria-label='Play Harbour Songs']");

        var sessions = music.Server.Services.GetRequiredService<PlaybackSessions>();
        await WaitUntilAsync(async () => (await sessions.GetAsync(userId)).Current is not null);
        var state = await sessions.GetAsync(userId);
        Assert.Equal((harbour.Tracks[0], ContextKind.Album, harbour.Id.ToString()), (state.Current!.TrackId, state.Context!.Context.Kind, state.Context.Context.Id));
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("tv")]
    public async Task Home_InPhoneAndTvLayouts_KeepsSameSizeCardsAndPassesAxe(string layout)
    {
        var (page, userId) = await SignedInMemberAsync(browser, music, layout == "phone" ? Phone : Tv);
        var northern = await AlbumAsync(music, "Northern Lights");
        await ListenAsync(music, userId, northern.Tracks[0], DateTimeOffset.UtcNow.AddMinutes(-5), ContextKind.Album, northern.Id.ToString());
        await ListenAsync(music, userId, await TrackIdAsync(music, "Lighthouse"), DateTimeOffset.UtcNow.AddMinutes(-1));
        await page.ReloadAsync();
        await WaitForCircuitAsync(page);

        await Assertions.Expect(page.Locator("#recently-played .ms-media-card")).ToHaveCountAsync(2);
        var boxes = await Task.WhenAll((await page.Locator(".ms-media-cover").AllAsync()).Select(c => c.BoundingBoxAsync()));
        Assert.Single(boxes.Select(b => (Math.Round(b!.Width), Math.Round(b.Height))).Distinct());
        Assert.Equal(boxes[0]!.Width, boxes[0]!.Height, 0.5);
        if (layout == "tv")
        {
            // The remote reaches a card's play button with the arrow keys.
            await page.FocusAsync("#recently-played a.ms-media-title");
            await page.Keyboard.PressAsync("ArrowUp");
            Assert.Equal("Play Lighthouse", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        }
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.ms-media-cover img')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, $"home-{layout}");
    }

    [Fact]
    public async Task Admin_SeesTheHouseholdSummaryOnHome()
    {
        var context = await browser.Browser.NewContextAsync(Desktop);
        var page = await context.NewPageAsync();
        await SignInAsync(page, music.Server.BaseUrl, Tests.Support.AccountClient.AdminName, Tests.Support.AccountClient.AdminPassword);

        await Assertions.Expect(page.Locator(".ms-household")).ToContainTextAsync("accounts");
        await Assertions.Expect(page.Locator(".ms-household a[href='/admin/users']")).ToHaveTextAsync("Invite someone");
    }

    /// <summary>Polls server-side state the page changed; gives up after ten seconds.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not become true within 10 s.");
            await Task.Delay(50);
        }
    }
}

using MediaSuite.Domain.Playback;
using MediaSuite.E2E.Support;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Infrastructure.Playback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Search;

/// <summary>The search box and the results page in Chromium, over the music server's scanned library.</summary>
public sealed class SearchTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private const string Input = "#ms-search-input";
    private const string List = "#ms-search-list";
    private string BaseUrl => music.Server.BaseUrl;

    private async Task<IPage> MemberPageAsync(int width = 1366, int height = 900, bool tv = false, bool phone = false)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, IsMobile = phone, HasTouch = phone, DeviceScaleFactor = phone ? 2 : 1,
        });
        if (tv) await context.AddCookiesAsync([new Cookie { Name = "ms-layout", Value = "tv", Url = BaseUrl }]);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, MusicServer.MemberName, MusicServer.MemberPassword);
        return page;
    }

    private async Task<long> AlbumIdAsync(string title)
    {
        await using var db = await music.Server.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();
        return await db.Albums.Where(a => a.Title == title).Select(a => a.Id).SingleAsync();
    }

    private async Task<PlaybackState> MemberPlaybackAsync()
    {
        await using var db = await music.Server.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();
        var userId = await db.Users.Where(u => u.UserName == MusicServer.MemberName).Select(u => u.Id).SingleAsync();
        return await music.Server.Services.GetRequiredService<PlaybackSessions>().GetAsync(userId);
    }

    private static Task<string?> ActiveElementIdAsync(IPage page) => page.EvaluateAsync<string?>("() => document.activeElement?.id");

    [Fact]
    public async Task TypingAPrefix_ShowsGroupedResults_AndArrowDownEnterOpensTheAlbum()
    {
        var page = await MemberPageAsync();
        await page.ClickAsync(Input);
        await page.Keyboard.TypeAsync("nor");

        var list = page.Locator(List);
        await Assertions.Expect(list).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(Input)).ToHaveAttributeAsync("aria-expanded", "true");
        var albums = list.Locator("[role=group]", new() { Has = page.Locator(".ms-search-group-title", new() { HasTextString = "Albums" }) });
        await Assertions.Expect(albums.Locator("[role=option]")).ToHaveCountAsync(1);
        await Assertions.Expect(albums.Locator("[role=option]")).ToContainTextAsync("Northern Lights");
        var tracks = list.Locator("[role=group]", new() { Has = page.Locator(".ms-search-group-title", new() { HasTextString = "Tracks" }) });
        await Assertions.Expect(tracks.Locator("[role=option]")).ToHaveCountAsync(3); // the album's tracks, found by their album title
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, "search-dropdown-desktop");

        await page.Keyboard.PressAsync("ArrowDown");

        var first = albums.Locator("[role=option]").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Equal(await first.GetAttributeAsync("id"), await page.Locator(Input).GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("ms-search-input", await ActiveElementIdAsync(page));

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync($"{BaseUrl}/music/albums/{await AlbumIdAsync("Northern Lights")}");
    }

    [Fact]
    public async Task Arrows_MoveThroughEveryOption_EscapeCloses_AndFocusNeverLeavesTheInput()
    {
        var page = await MemberPageAsync();
        await page.ClickAsync(Input);
        await page.Keyboard.TypeAsync("beyonce");
        var options = page.Locator($"{List} [role=option]");
        await Assertions.Expect(page.Locator($"{List} [role=group]").First).ToContainTextAsync("Beyoncé Quartet");
        var count = await options.CountAsync();
        Assert.True(count >= 3, $"{count} options"); // the artist, the album, its tracks, "All results"

        for (var i = 0; i < count; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(options.Nth(i)).ToHaveAttributeAsync("aria-selected", "true");
        }
        await page.Keyboard.PressAsync("ArrowDown"); // past the last: back to the first
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(options.Last).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(options.Last).ToContainTextAsync("All results for “beyonce”");
        Assert.Equal("ms-search-input", await ActiveElementIdAsync(page));

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator(List)).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(Input)).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.False(await page.Locator(Input).EvaluateAsync<bool>("e => e.hasAttribute('aria-activedescendant')"));
        Assert.Equal("ms-search-input", await ActiveElementIdAsync(page));
        await Assertions.Expect(page.Locator(Input)).ToHaveValueAsync("beyonce");
    }

    [Fact]
    public async Task ClickingATrack_PlaysTheResultTracksAsASearch()
    {
        var page = await MemberPageAsync();
        await page.ClickAsync(Input);
        await page.Keyboard.TypeAsync("aurora");
        var track = page.Locator($"{List} [role=option]", new() { HasTextString = "Green Veil" });

        await track.ClickAsync();

        await Assertions.Expect(page.Locator(List)).ToBeHiddenAsync();
        var state = await WaitForAsync(MemberPlaybackAsync, s => s.Context?.Context.Kind == ContextKind.Search && s.Context.Context.Name == "aurora");
        Assert.Equal(3, state.Context!.Context.TrackIds.Length);
        Assert.Equal(state.Context.Context.TrackIds[state.Current!.ContextIndex!.Value], state.Current.TrackId);
        Assert.Equal(1, state.Current.ContextIndex);
    }

    [Fact]
    public async Task EnterWithNothingChosen_OpensTheResultsPage_WithSections_AndPlayAllPlaysFromTheFirst()
    {
        var page = await MemberPageAsync();
        await page.ClickAsync(Input);
        await page.Keyboard.TypeAsync("aurora");
        await Assertions.Expect(page.Locator(List)).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync($"{BaseUrl}/search?q=aurora");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Results for “aurora”");
        await Assertions.Expect(page.Locator(".ms-search-section h2")).ToHaveTextAsync(["Artists 1", "Albums 1", "Tracks 3"]);
        await Assertions.Expect(page.Locator(".ms-search-artists a")).ToHaveAttributeAsync("href", "/music/artists/" + await ArtistIdAsync("Aurora Band"));
        await Assertions.Expect(page.Locator(".ms-search-album")).ToHaveAttributeAsync("href", "/music/albums/" + await AlbumIdAsync("Northern Lights"));
        await Assertions.Expect(page.Locator(".ms-search-track .ms-search-title")).ToHaveTextAsync(["Polar Night", "Green Veil", "Solar Wind"], new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator(Input)).ToHaveValueAsync("aurora");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await ScreenshotAsync(page, "search-results-desktop");

        await page.ClickAsync(".ms-search-play-all");

        var state = await WaitForAsync(MemberPlaybackAsync, s => s.Context?.Context is { Kind: ContextKind.Search, Name: "aurora" } && s.Current?.ContextIndex == 0);
        Assert.Equal(3, state.Context!.Context.TrackIds.Length);
    }

    [Fact]
    public async Task ResultsPage_WithNoMatch_SaysSo()
    {
        var page = await MemberPageAsync();

        await page.GotoAsync($"{BaseUrl}/search?q=zzqx");

        await Assertions.Expect(page.Locator("[role=status]", new() { HasTextString = "Nothing matches" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".ms-search-section")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task HostileInput_ShowsNoErrorAndTheAllResultsOption()
    {
        var page = await MemberPageAsync();
        await page.ClickAsync(Input);

        await page.Keyboard.TypeAsync("\"a\" OR -b*");

        await Assertions.Expect(page.Locator($"{List} .ms-search-all")).ToContainTextAsync("“\"a\" OR -b*”");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q="));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Results for “\"a\" OR -b*”");
    }

    [Fact]
    public async Task Tv_TheBoxIsReachedWithArrows_AndArrowsThenMoveInTheList()
    {
        var page = await MemberPageAsync(1920, 1080, tv: true);
        await page.Keyboard.PressAsync("ArrowDown"); // lands on the current section in the menu
        for (var i = 0; i < 4 && await ActiveElementIdAsync(page) != "ms-search-input"; i++) await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("ms-search-input", await ActiveElementIdAsync(page));
        await ScreenshotAsync(page, "search-box-tv");

        await page.Keyboard.TypeAsync("nor");
        await Assertions.Expect(page.Locator(List)).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        await Assertions.Expect(page.Locator($"{List} [role=option]").First).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Equal("ms-search-input", await ActiveElementIdAsync(page));
        await ScreenshotAsync(page, "search-dropdown-tv");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("ArrowDown"); // list closed: the arrows move the focus again
        Assert.NotEqual("ms-search-input", await ActiveElementIdAsync(page));
    }

    [Fact]
    public async Task Phone_TheBoxIsAtTheTopOfEveryPage_AndItsResultsFitTheScreen()
    {
        var page = await MemberPageAsync(390, 844, phone: true);
        var box = (await page.Locator(".ms-search-field").BoundingBoxAsync())!;
        Assert.True(box.Height >= 44 && box.Width >= 300, $"{box.Width}x{box.Height}");
        await ScreenshotAsync(page, "search-box-phone");

        await page.TapAsync(Input);
        await page.Keyboard.TypeAsync("har");

        var list = page.Locator(List);
        await Assertions.Expect(list).ToContainTextAsync("Harbour Songs");
        var shown = (await list.BoundingBoxAsync())!;
        Assert.True(shown.X >= 0 && shown.X + shown.Width <= 390, $"list at {shown.X}..{shown.X + shown.Width}");
        await ScreenshotAsync(page, "search-dropdown-phone");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync($"{BaseUrl}/search?q=har");
        await Assertions.Expect(page.Locator(".ms-search-section h2").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "search-results-phone");
    }

    private async Task<long> ArtistIdAsync(string name)
    {
        await using var db = await music.Server.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();
        return await db.Artists.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    /// <summary>Polls the server-side state until it satisfies the condition (the browser's click reaches it through the circuit).</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (condition(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"condition not met; last value: {value}");
            await Task.Delay(50);
        }
    }
}

using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Music;

/// <summary>Every music page in the three layouts and both colour schemes: screenshots to look at, and no serious axe violations.</summary>
public sealed class MusicPagesLookTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private string BaseUrl => music.Server.BaseUrl;

    public static TheoryData<string, string> PagesAndLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "albums", "album", "artists", "artist", "tracks", "genres", "genre", "favourites" })
            foreach (var (layout, _) in MusicScreens.All)
                data.Add(page, layout);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndLayouts))]
    public async Task MusicPage_HasNoSeriousAccessibilityViolations(string name, string layout)
    {
        var path = await PathOfAsync(name);
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var context = await MusicScreens.OpenAsync(browser.Browser, layout, BaseUrl, scheme);
            var page = await context.NewPageAsync();
            await SignInAsync(page, BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
            await page.GotoAsync(BaseUrl + path);
            await WaitForCircuitAsync(page);
            await page.WaitForSelectorAsync("h1");
            await ScreenshotAsync(page, $"music-{name}-{layout}-{scheme.ToString().ToLowerInvariant()}");
            var violations = await Axe.SeriousViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{path} ({layout}, {scheme}):\n{string.Join("\n", violations)}");
            await context.CloseAsync();
        }
    }

    private async Task<string> PathOfAsync(string name) => name switch
    {
        "album" => $"/music/albums/{await music.AlbumIdAsync("Double Feature")}",
        "albums" => "/music",
        "artists" => "/music/artists",
        "artist" => $"/music/artists/{await music.ArtistIdAsync("Cinema Club")}",
        "tracks" => "/music/tracks",
        "genres" => "/music/genres",
        "genre" => "/music/genres/Ambient",
        "favourites" => "/music/favourites",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such music page"),
    };
}

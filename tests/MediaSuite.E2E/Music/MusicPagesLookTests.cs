using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;
using Microsoft.Extensions.DependencyInjection;
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
        var (path, ready) = await PathOfAsync(name);
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var context = await MusicScreens.OpenAsync(browser.Browser, layout, BaseUrl, scheme);
            var page = await context.NewPageAsync();
            await SignInAsync(page, BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
            await page.GotoAsync(BaseUrl + path);
            await WaitForCircuitAsync(page);
            await page.WaitForSelectorAsync(ready);
            await ScreenshotAsync(page, $"music-{name}-{layout}-{scheme.ToString().ToLowerInvariant()}");
            var violations = await Axe.SeriousViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{path} ({layout}, {scheme}):\n{string.Join("\n", violations)}");
            await context.CloseAsync();
        }
    }

    /// <summary>The page's address and what shows once its data is drawn.</summary>
    private async Task<(string Path, string Ready)> PathOfAsync(string name) => name switch
    {
        "albums" => ("/music", ".ms-album-card"),
        "album" => ($"/music/albums/{await music.AlbumIdAsync("Double Feature")}", ".ms-track-row"),
        "artists" => ("/music/artists", ".ms-artist-card"),
        "artist" => ($"/music/artists/{await music.ArtistIdAsync("Cinema Club")}", ".ms-album-card"),
        "tracks" => ("/music/tracks", "tr[data-track-id]"),
        "genres" => ("/music/genres", ".ms-genre-item"),
        "genre" => ("/music/genres/Ambient", ".ms-track-row"),
        "favourites" => ("/music/favourites", await FavouritesAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such music page"),
    };

    /// <summary>Something in each favourites section, so the page is seen full.</summary>
    private async Task<string> FavouritesAsync()
    {
        var ratings = music.Server.Services.GetRequiredService<RatingService>();
        var admin = await music.UserIdAsync(AccountClient.AdminName);
        await ratings.SetFavouriteAsync(admin, RatedKind.Album, await music.AlbumIdAsync("Northern Lights"), true);
        await ratings.SetFavouriteAsync(admin, RatedKind.Artist, await music.ArtistIdAsync("Cinema Club"), true);
        await ratings.SetFavouriteAsync(admin, RatedKind.Track, await music.TrackIdAsync("Lighthouse"), true);
        await ratings.SetStarsAsync(admin, RatedKind.Track, await music.TrackIdAsync("Lighthouse"), 4);
        return "[aria-label='Favourite tracks'] .ms-track-row";
    }
}

using MediaSuite.E2E.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Music;

/// <summary>Hearts and stars in the browser; each test rates as listeners of its own.</summary>
public sealed class RatingsTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private string BaseUrl => music.Server.BaseUrl;

    private async Task<IPage> SignedInAsync((string Name, string Password) user)
    {
        var context = await browser.Browser.NewContextAsync(MusicScreens.Desktop);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, user.Name, user.Password);
        return page;
    }

    private async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(BaseUrl + path);
        await WaitForCircuitAsync(page);
    }

    [Fact]
    public async Task HeartOnAnAlbum_PersistsAfterReload_AndIsPerUser()
    {
        var (fan, other) = (await music.NewListenerAsync(), await music.NewListenerAsync());
        var album = $"/music/albums/{await music.AlbumIdAsync("Harbour Songs")}";
        var page = await SignedInAsync(fan);
        await OpenAsync(page, album);
        var heart = page.Locator(".ms-music-header button[aria-label='Favourite Harbour Songs']");
        await Assertions.Expect(heart).ToHaveAttributeAsync("aria-pressed", "false");

        await heart.ClickAsync();

        await Assertions.Expect(heart).ToHaveAttributeAsync("aria-pressed", "true");
        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Assertions.Expect(heart).ToHaveAttributeAsync("aria-pressed", "true");
        await OpenAsync(page, "/music/favourites");
        await Assertions.Expect(page.Locator("[aria-label='Favourite albums'] .ms-album-card-title")).ToHaveTextAsync(["Harbour Songs"]);

        var otherPage = await SignedInAsync(other);
        await OpenAsync(otherPage, album);
        await Assertions.Expect(otherPage.Locator(".ms-music-header button[aria-label='Favourite Harbour Songs']")).ToHaveAttributeAsync("aria-pressed", "false");
        await OpenAsync(otherPage, "/music/favourites");
        await Assertions.Expect(otherPage.GetByText("Nothing here yet.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task StarsOnAnArtist_ChosenByClickAndArrows_ClearedByChoosingAgain()
    {
        var fan = await music.NewListenerAsync();
        var page = await SignedInAsync(fan);
        await OpenAsync(page, $"/music/artists/{await music.ArtistIdAsync("Aurora Band")}");
        var stars = page.Locator(".ms-music-header .ms-stars");

        await stars.Locator("label").Nth(3).ClickAsync();
        await Assertions.Expect(stars).ToHaveAttributeAsync("data-stars", "4");
        await Assertions.Expect(stars.GetByRole(AriaRole.Radio, new() { Name = "4 stars" })).ToBeCheckedAsync();

        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(stars).ToHaveAttributeAsync("data-stars", "3");
        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Assertions.Expect(stars).ToHaveAttributeAsync("data-stars", "3");

        await stars.Locator("label").Nth(2).ClickAsync();
        await Assertions.Expect(stars).ToHaveAttributeAsync("data-stars", "0");
        await Assertions.Expect(stars.GetByRole(AriaRole.Radio, new() { Name = "3 stars" })).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task HeartOnATrackRow_ListsTheTrackInFavourites()
    {
        var fan = await music.NewListenerAsync();
        var page = await SignedInAsync(fan);
        await OpenAsync(page, $"/music/albums/{await music.AlbumIdAsync("Northern Lights")}");
        var heart = page.Locator("button[aria-label='Favourite Green Veil']");

        await heart.ClickAsync();
        await Assertions.Expect(heart).ToHaveAttributeAsync("aria-pressed", "true");

        await OpenAsync(page, "/music/favourites");
        await Assertions.Expect(page.Locator("[aria-label='Favourite tracks'] .ms-track-title")).ToHaveTextAsync(["Green Veil"]);
        await page.ClickAsync("[aria-label='Favourite tracks'] button[aria-label='Favourite Green Veil']");
        await Assertions.Expect(page.Locator("[aria-label='Favourite tracks'] button[aria-label='Favourite Green Veil']")).ToHaveAttributeAsync("aria-pressed", "false");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("Nothing here yet.")).ToBeVisibleAsync();
    }
}

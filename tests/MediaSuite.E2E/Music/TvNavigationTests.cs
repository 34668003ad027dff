using MediaSuite.E2E.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Music;

/// <summary>The music pages with a remote: arrows move between controls, Enter activates, nothing needs a mouse.</summary>
public sealed class TvNavigationTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    private string BaseUrl => music.Server.BaseUrl;

    private Task<string?> FocusedAsync(IPage page, string attribute) =>
        page.EvaluateAsync<string?>("a => document.activeElement?.getAttribute(a)", attribute);

    /// <summary>Presses <paramref name="key"/> until the focused element has the attribute value, as a remote user would.</summary>
    private async Task ArrowToAsync(IPage page, string key, string attribute, string value, int most = 40)
    {
        for (var i = 0; i < most; i++)
        {
            if (await FocusedAsync(page, attribute) == value) return;
            await page.Keyboard.PressAsync(key);
        }
        Assert.Fail($"{key} never reached the element with {attribute}=\"{value}\"; focus is on {await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 120)")}");
    }

    private static async Task PressUntilAsync(IPage page, string key, string condition, int most = 10)
    {
        for (var i = 0; i < most; i++)
        {
            if (await page.EvaluateAsync<bool>($"() => {condition}")) return;
            await page.Keyboard.PressAsync(key);
        }
        Assert.Fail($"{key} never led to {condition}; focus is on {await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 120)")}");
    }

    [Fact]
    public async Task FromTheMenuToAnAlbumAndItsTracks_WithArrowsAndEnter()
    {
        var user = await music.NewListenerAsync();
        var context = await MusicScreens.OpenAsync(browser.Browser, "tv", BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, user.Name, user.Password);
        await page.GotoAsync($"{BaseUrl}/music");
        await WaitForCircuitAsync(page);
        await page.WaitForSelectorAsync(".ms-album-card");

        await page.Keyboard.PressAsync("ArrowDown"); // lands on the current section in the menu
        Assert.Equal("/music", await FocusedAsync(page, "href"));
        // Into the page, down into the grid, to the first card, up to its play button, down to its title.
        await page.Keyboard.PressAsync("ArrowRight");
        await PressUntilAsync(page, "ArrowDown", "!!document.activeElement?.closest('.ms-album-grid')");
        await PressUntilAsync(page, "ArrowLeft", "!!document.activeElement?.closest('.ms-album-card:first-child')");
        await ArrowToAsync(page, "ArrowUp", "aria-label", "Play Double Feature", most: 3);
        await PressUntilAsync(page, "ArrowDown", "document.activeElement?.classList.contains('ms-album-card-title')", most: 2);
        Assert.Equal($"/music/albums/{await music.AlbumIdAsync("Double Feature")}", await FocusedAsync(page, "href"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"{BaseUrl}/music/albums/*");
        await page.WaitForSelectorAsync(".ms-track-row");

        // The menu first (focus starts on the heading), right into the page, down to the tracks and along their play buttons.
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowRight");
        await PressUntilAsync(page, "ArrowDown", "!!document.activeElement?.closest('.ms-track-list')");
        await PressUntilAsync(page, "ArrowLeft", "document.activeElement?.classList.contains('ms-track-play')");
        await ArrowToAsync(page, "ArrowDown", "aria-label", "Play Second Reel", most: 5);
        await page.Keyboard.PressAsync("Enter");

        var secondReel = await music.TrackIdAsync("Second Reel");
        await music.WaitForPlaybackAsync(user.Name, s => s.Current?.TrackId == secondReel);
    }

    [Fact]
    public async Task StarsWithTheRemote_ArrowsMoveWithoutRating_EnterRates()
    {
        var user = await music.NewListenerAsync();
        var context = await MusicScreens.OpenAsync(browser.Browser, "tv", BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAsync(page, BaseUrl, user.Name, user.Password);
        await page.GotoAsync($"{BaseUrl}/music/albums/{await music.AlbumIdAsync("Northern Lights")}");
        await WaitForCircuitAsync(page);
        var stars = page.Locator(".ms-music-header .ms-stars");
        await stars.Locator("input").First.FocusAsync();

        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("3", await FocusedAsync(page, "value"));
        await Assertions.Expect(stars).ToHaveAttributeAsync("data-stars", "0");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(stars).ToHaveAttributeAsync("data-stars", "3");
    }
}

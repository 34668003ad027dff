using MediaSuite.E2E.Music;
using MediaSuite.E2E.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Player.PlayerKit;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E.Player;

/// <summary>The player bar and the queue panel in the three layouts and both colour schemes: screenshots to look at, axe, and the controls' centre line.</summary>
public sealed class PlayerLookTests(BrowserFixture browser, MusicServer music) : IClassFixture<BrowserFixture>, IClassFixture<MusicServer>
{
    public static TheoryData<string> Layouts() => new(MusicScreens.All.Select(l => l.Name));

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task PlayerBarAndQueuePanel_HaveNoSeriousAccessibilityViolations(string layout)
    {
        var user = await NewMemberAsync(music);
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var context = await MusicScreens.OpenAsync(browser.Browser, layout, music.Server.BaseUrl, scheme);
            var page = await context.NewPageAsync();
            await SignInAsync(page, music.Server.BaseUrl, user, Password);
            await PlayAlbumAsync(page, music, "Double Feature");
            await ExpectAudiblyPlayingAsync(page, "Opening Credits");
            await page.ClickAsync(".ms-player-controls .ms-player-play");
            await Assertions.Expect(page.Locator(".ms-player-controls .ms-player-play")).ToHaveAttributeAsync("aria-label", "Play");
            var name = $"player-{layout}-{scheme.ToString().ToLowerInvariant()}";
            await ScreenshotAsync(page, name);
            await AssertNoViolationsAsync(page, name);

            if (layout == "phone")
            {
                await page.ClickAsync(".ms-player-open");
                await Assertions.Expect(Bar(page)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ms-player-expanded"));
                await ScreenshotAsync(page, name + "-expanded");
                await AssertNoViolationsAsync(page, name + "-expanded");
            }
            await page.ClickAsync(".ms-player-queue");
            await Assertions.Expect(page.Locator("#ms-queue h3")).ToContainTextAsync(["Now playing", "Next from: Double Feature"]);
            await ScreenshotAsync(page, name + "-queue");
            await AssertNoViolationsAsync(page, name + "-queue");
            await context.CloseAsync();
        }
    }

    private static async Task AssertNoViolationsAsync(IPage page, string name)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{name}:\n{string.Join("\n", violations)}");
    }
}

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
            if (layout == "phone") await page.ClickAsync(".ms-player-open");
            if (scheme == ColorScheme.Dark)
            {
                // The "on" looks: shuffle on, repeat one.
                await page.ClickAsync(".ms-player-shuffle");
                await Assertions.Expect(page.Locator(".ms-player-shuffle")).ToHaveAttributeAsync("aria-pressed", "true");
                await page.ClickAsync(".ms-player-repeat");
                await page.ClickAsync(".ms-player-repeat");
                await Assertions.Expect(page.Locator(".ms-player-repeat")).ToHaveAttributeAsync("data-mode", "one");
            }
            var name = $"player-{layout}-{scheme.ToString().ToLowerInvariant()}";
            if (layout == "phone")
            {
                await Assertions.Expect(Bar(page)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ms-player-expanded"));
                await ScreenshotAsync(page, name + "-expanded");
                await AssertNoViolationsAsync(page, name + "-expanded");
                await page.ClickAsync(".ms-player-collapse");
                await Assertions.Expect(page.Locator(".ms-player-open")).ToBeFocusedAsync();
            }
            await ScreenshotAsync(page, name);
            await AssertNoViolationsAsync(page, name);
            if (layout == "phone")
            {
                // The compact bar sits right on top of the bottom navigation, both fully on screen.
                var bar = (await Bar(page).BoundingBoxAsync())!;
                var nav = (await page.Locator(".ms-bottom-nav").BoundingBoxAsync())!;
                Assert.InRange(nav.Y - (bar.Y + bar.Height), -1.5, 1.5);
                Assert.True(nav.Y + nav.Height <= 844.5, $"the navigation ends at {nav.Y + nav.Height}");
            }
            if (layout == "phone") await page.ClickAsync(".ms-player-open");
            await page.ClickAsync(".ms-player-queue");
            await Assertions.Expect(page.Locator("#ms-queue h3")).ToContainTextAsync(["Now playing", "Next from: Double Feature"]);
            await ScreenshotAsync(page, name + "-queue");
            await AssertNoViolationsAsync(page, name + "-queue");
            await context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Controls_SitOnOneCentreLine_WithShuffleAndRepeatSmallerThanPlay(string layout)
    {
        var user = await NewMemberAsync(music);
        var context = await MusicScreens.OpenAsync(browser.Browser, layout, music.Server.BaseUrl);
        var page = await context.NewPageAsync();
        await SignInAsync(page, music.Server.BaseUrl, user, Password);
        await PlayAlbumAsync(page, music, "Double Feature");
        await ExpectAudiblyPlayingAsync(page, "Opening Credits");
        // The phone shows every control in its full-screen view.
        if (layout == "phone")
        {
            await page.ClickAsync(".ms-player-open");
            // The view opens when the server's render arrives; until then the compact bar hides shuffle and repeat.
            await Assertions.Expect(page.Locator("section.ms-player.ms-player-expanded")).ToBeVisibleAsync();
        }

        var boxes = new Dictionary<string, LocatorBoundingBoxResult>();
        foreach (var control in new[] { "shuffle", "prev", "play", "next", "repeat" })
        {
            var button = page.Locator($".ms-player-controls .ms-player-{control}");
            await Assertions.Expect(button).ToBeVisibleAsync();
            boxes[control] = await button.BoundingBoxAsync() ?? throw new InvalidOperationException($"{control} has no box");
        }

        var centre = boxes["play"].Y + boxes["play"].Height / 2;
        foreach (var (control, box) in boxes)
            Assert.True(Math.Abs(box.Y + box.Height / 2 - centre) <= 1, $"{control} is centred at {box.Y + box.Height / 2}, play at {centre}");
        Assert.True(boxes["shuffle"].Height < boxes["play"].Height && boxes["repeat"].Height < boxes["play"].Height);
        Assert.Equal(boxes["shuffle"].Height, boxes["repeat"].Height);
        var icon = (string name) => page.Locator($".ms-player-controls .ms-player-{name} i").EvaluateAsync<double>("i => parseFloat(getComputedStyle(i).fontSize)");
        Assert.True(await icon("shuffle") < await icon("play"), "the shuffle icon is smaller than play's");
        Assert.True(await icon("repeat") < await icon("play"), "the repeat icon is smaller than play's");
        await context.CloseAsync();
    }

    private static async Task AssertNoViolationsAsync(IPage page, string name)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{name}:\n{string.Join("\n", violations)}");
    }
}

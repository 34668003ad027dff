using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E;

public sealed class LibrariesPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly LiveServer _server = new();
    private readonly string _media = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "media-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Admin_PicksAFolder_AddsIt_AndSeesTheScanResult()
    {
        await AudioFixtures.MakeAsync(Path.Combine(_media, "Artist", "Album", "01.mp3"), new Dictionary<string, string> { ["title"] = "One", ["artist"] = "Artist", ["album"] = "Album" });
        await AudioFixtures.MakeAsync(Path.Combine(_media, "Artist", "Album", "02.flac"), new Dictionary<string, string> { ["title"] = "Two", ["artist"] = "Artist", ["album"] = "Album" }, 550);
        await File.WriteAllBytesAsync(Path.Combine(_media, "Artist", "Album", "broken.mp3"), []);
        using (var api = _server.CreateClient())
            AccountClient.Expect(await AccountClient.OnboardAsync(api), System.Net.HttpStatusCode.Redirect);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await SignInAsync(page, _server.BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
        await page.ClickAsync(".ms-sidebar a[href='/settings/libraries']");
        await page.WaitForSelectorAsync(".ms-add-library");

        // The folder picker walks the server's folders from the root down to the media folder.
        await page.ClickAsync("button.ms-browse");
        var dialog = page.Locator(".rz-dialog");
        await dialog.Locator(".ms-picker-suggestions button", new() { HasTextString = "/" }).Last.ClickAsync();
        var opened = "";
        foreach (var part in _media.Trim('/').Split('/'))
        {
            await dialog.Locator(".ms-picker-item", new() { HasTextString = part }).First.ClickAsync();
            opened += "/" + part;
            await Assertions.Expect(dialog.Locator(".ms-picker-path")).ToHaveTextAsync(opened);
        }
        await dialog.Locator(".ms-picker-choose").ClickAsync();
        await Assertions.Expect(page.Locator(".ms-library-path")).ToHaveValueAsync(_media);

        await page.ClickAsync(".ms-add-library-button");

        var card = page.Locator(".ms-library");
        await card.Locator("dd", new() { HasTextString = "2" }).First.WaitForAsync();
        await card.Locator(".ms-show-problems").WaitForAsync();
        Assert.Contains("1 problem", await card.Locator(".ms-show-problems").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await card.Locator(".ms-show-problems").ClickAsync();
        Assert.Contains("empty (0 bytes)", await card.Locator(".ms-problems").InnerTextAsync());
        await ScreenshotAsync(page, "libraries-desktop");

        // A path that is not a folder is refused with the reason.
        await page.FillAsync(".ms-library-path", "/definitely/not/here");
        await page.ClickAsync(".ms-add-library-button");
        await Assertions.Expect(page.Locator(".ms-add-library + [role=alert]")).ToContainTextAsync("does not exist");
    }

    public void Dispose()
    {
        _server.Dispose();
        try { Directory.Delete(_media, recursive: true); } catch (IOException) { }
    }
}

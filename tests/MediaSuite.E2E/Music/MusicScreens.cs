using Microsoft.Playwright;

namespace MediaSuite.E2E.Music;

/// <summary>The three layouts the music pages are looked at in.</summary>
public static class MusicScreens
{
    public static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } };

    public static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
    };

    public static readonly BrowserNewContextOptions Tv = new() { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } };

    public static IEnumerable<(string Name, BrowserNewContextOptions Options)> All => [("desktop", Desktop), ("phone", Phone), ("tv", Tv)];

    /// <summary>A context in one layout; the TV layout is chosen with the device cookie, as the Settings page does.</summary>
    public static async Task<IBrowserContext> OpenAsync(IBrowser browser, string layout, string baseUrl, ColorScheme scheme = ColorScheme.Light)
    {
        var options = All.Single(l => l.Name == layout).Options;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions(options) { ColorScheme = scheme });
        if (layout == "tv") await context.AddCookiesAsync([new Cookie { Name = "ms-layout", Value = "tv", Url = baseUrl }]);
        return context;
    }
}

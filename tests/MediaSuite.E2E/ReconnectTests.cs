using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E;

public sealed class ReconnectTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly LiveServer _server = new();

    [Fact]
    public async Task ServerRestart_PageComesBackInteractiveAndStaysSignedIn()
    {
        using (var api = _server.CreateClient())
            AccountClient.Expect(await AccountClient.OnboardAsync(api), System.Net.HttpStatusCode.Redirect);
        var page = await browser.Browser.NewPageAsync();
        await SignInAsync(page, _server.BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
        await page.GotoAsync($"{_server.BaseUrl}/settings");
        await WaitForCircuitAsync(page);
        await page.EvaluateAsync("() => { window.beforeRestart = true; }");

        _server.Restart();

        // The old circuit is gone with the old process; the client reconnects, is refused, and reloads.
        await page.WaitForFunctionAsync("() => window.beforeRestart === undefined && document.documentElement.dataset.circuit === 'live'",
            null, new() { Timeout = 90_000, PollingInterval = 250 });
        Assert.EndsWith("/settings", page.Url);

        // Interactive again: a click reaches the new server and changes the theme.
        await page.ClickAsync(".ms-mode-select >> text=Dark");
        await page.WaitForFunctionAsync("() => document.getElementById('ms-theme-dark').media === 'all'");
    }

    public void Dispose() => _server.Dispose();
}

using Microsoft.Playwright;

namespace MediaSuite.E2E.Support;

/// <summary>What a person does on MediaSuite's pages, in Playwright terms.</summary>
public static class Pages
{
    public static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SignInAsync(IPage page, string baseUrl, string user, string password)
    {
        await page.GotoAsync($"{baseUrl}/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{baseUrl}/");
        await WaitForCircuitAsync(page);
    }

    /// <summary>Fills the onboarding or invite form the page shows and lands on Home.</summary>
    public static async Task CreateAccountAsync(IPage page, string baseUrl, string user, string password, string landing = "/")
    {
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.FillAsync("#confirm", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(baseUrl + landing);
        await WaitForCircuitAsync(page);
    }

    /// <summary>The layout marks the document once its interactive circuit is up.</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.WaitForSelectorAsync("html[data-circuit='live']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    public static Task<string> CssVariableAsync(IPage page, string name) =>
        page.EvaluateAsync<string>("n => getComputedStyle(document.documentElement).getPropertyValue(n).trim()", name);

    public static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }
}

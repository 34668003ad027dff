using MediaSuite.E2E.Support;
using MediaSuite.Tests.Jobs;
using MediaSuite.Tests.Support;
using Microsoft.Playwright;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E;

public sealed class JobsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly LiveServer _server = new(services: TestJobs.Register);

    private async Task<IPage> AdminOnJobsPageAsync(BrowserNewContextOptions? options = null)
    {
        using (var api = _server.CreateClient())
            AccountClient.Expect(await AccountClient.OnboardAsync(api), System.Net.HttpStatusCode.Redirect);
        var context = await browser.Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, _server.BaseUrl, AccountClient.AdminName, AccountClient.AdminPassword);
        if (await page.IsVisibleAsync(".ms-sidebar")) await page.ClickAsync(".ms-sidebar a[href='/jobs']");
        else await page.GotoAsync($"{_server.BaseUrl}/jobs");
        await WaitForCircuitAsync(page);
        await page.WaitForSelectorAsync("tr[data-job='database-maintenance']");
        await page.EvaluateAsync("() => { window.noReload = true; }");
        return page;
    }

    [Fact]
    public async Task Admin_RunsMaintenance_AndSeesItFinishWithoutReloading()
    {
        var page = await AdminOnJobsPageAsync();

        await page.ClickAsync("tr[data-job='database-maintenance'] .ms-run-now");

        await page.WaitForSelectorAsync("[role=status]:has-text('Database maintenance is queued')");
        var row = page.Locator(".ms-history tr", new() { HasTextString = "Database maintenance" });
        await row.Filter(new() { HasTextString = "Succeeded" }).WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.noReload === true"));
        await ScreenshotAsync(page, "jobs-desktop");

        await row.Locator("button", new() { HasTextString = "Details" }).ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        await dialog.WaitForAsync();
        Assert.Contains("integrity ok", await dialog.InnerTextAsync());
        Assert.Contains("100%", await dialog.InnerTextAsync());
    }

    [Fact]
    public async Task Admin_SeesLiveProgressAndCancelsARun()
    {
        var page = await AdminOnJobsPageAsync();

        await page.ClickAsync("tr[data-job='test-gate'] .ms-run-now");

        // Progress reaches the page as the job reports it: a third done, with its message.
        var running = page.Locator(".ms-job-run", new() { HasTextString = "Test gate" });
        await running.Locator("text=waiting at the gate").WaitForAsync();
        Assert.Contains("1 / 3", await running.InnerTextAsync());
        Assert.Equal("33", await running.Locator("[role=progressbar]").GetAttributeAsync("aria-valuenow"));
        await ScreenshotAsync(page, "jobs-running");

        await running.Locator(".ms-cancel-run").ClickAsync();
        await page.Locator(".ms-history tr", new() { HasTextString = "Test gate" }).Filter(new() { HasTextString = "Cancelled" }).WaitForAsync();
        Assert.Equal(0, await page.Locator(".ms-job-run").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.noReload === true"));

        // A cancelled run can be retried from the history.
        await page.Locator(".ms-history tr", new() { HasTextString = "Cancelled" }).Locator(".ms-retry").ClickAsync();
        await running.Locator("text=waiting at the gate").WaitForAsync();
        GateJob.Open("");
        await page.Locator(".ms-history tr", new() { HasTextString = "Test gate" }).Filter(new() { HasTextString = "Succeeded" }).WaitForAsync();
    }

    [Fact]
    public async Task JobsPage_WorksOnAPhone()
    {
        var page = await AdminOnJobsPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        await page.TapAsync("tr[data-job='database-maintenance'] .ms-run-now");
        await page.Locator(".ms-history tr", new() { HasTextString = "Succeeded" }).WaitForAsync();
        await ScreenshotAsync(page, "jobs-phone");
    }

    [Fact]
    public async Task Member_CannotOpenTheJobsPage()
    {
        using (var api = _server.CreateClient())
        {
            AccountClient.Expect(await AccountClient.OnboardAsync(api), System.Net.HttpStatusCode.Redirect);
            var invite = await AccountClient.CreateInviteAsync(api);
            using var join = _server.CreateClient();
            AccountClient.Expect(await AccountClient.RegisterAsync(join, invite.Url, "kid", "kid's password"), System.Net.HttpStatusCode.Redirect);
        }
        var page = await browser.Browser.NewPageAsync();
        await SignInAsync(page, _server.BaseUrl, "kid", "kid's password");
        var response = await page.GotoAsync($"{_server.BaseUrl}/jobs");
        Assert.Equal(403, response!.Status);
        Assert.Equal(0, await page.Locator(".ms-sidebar a[href='/jobs']").CountAsync());
    }

    public void Dispose() => _server.Dispose();
}

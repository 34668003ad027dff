using System.Net.Http.Json;
using System.Text.Json;
using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using static MediaSuite.E2E.Support.Pages;

namespace MediaSuite.E2E;

public sealed class SessionTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly LiveServer _server = new(settings: new Dictionary<string, string?> { ["MediaSuite:Accounts:SessionCheckInterval"] = "00:00:02" });

    [Fact]
    public async Task DisablingAUser_EndsTheirOpenPage()
    {
        using var admin = _server.CreateClient();
        AccountClient.Expect(await AccountClient.OnboardAsync(admin), System.Net.HttpStatusCode.Redirect);
        var invite = await AccountClient.CreateInviteAsync(admin);
        using (var join = _server.CreateClient())
            AccountClient.Expect(await AccountClient.RegisterAsync(join, invite.Url, "kid", "kid's password"), System.Net.HttpStatusCode.Redirect);

        var page = await browser.Browser.NewPageAsync();
        await SignInAsync(page, _server.BaseUrl, "kid", "kid's password");
        await page.GotoAsync($"{_server.BaseUrl}/settings");
        await WaitForCircuitAsync(page);

        var users = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/users");
        var id = users!.Single(u => u.GetProperty("userName").GetString() == "kid").GetProperty("id").GetString();
        Assert.True((await admin.PostAsync($"/api/admin/users/{id}/disable", null)).IsSuccessStatusCode);

        // The open page notices at its next check and falls back to sign-in, where the reason is given.
        await page.WaitForURLAsync(url => url.Contains("/login"), new() { Timeout = 30_000 });
        await page.FillAsync("#username", "kid");
        await page.FillAsync("#password", "kid's password");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("disabled by an administrator", await page.InnerTextAsync("[role=alert]"));
    }

    public void Dispose() => _server.Dispose();
}

using System.Net;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.App;

public sealed class SignInTests : IDisposable
{
    private readonly MediaSuiteFactory _factory = new();

    [Fact]
    public async Task SignIn_WithRightPassword_SetsCookieAndReturnsToLocalPage()
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect);
        var client = _factory.CreateBrowserLikeClient();
        var response = await PostFormAsync(client, "/login", "/account/login",
            new() { ["UserName"] = AdminName, ["Password"] = AdminPassword, ["ReturnUrl"] = "/settings", ["RememberMe"] = "true" });
        Assert.Equal("/settings", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mediasuite.auth="));
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/settings")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutRememberMe_IssuesSessionCookie()
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect);
        var response = await SignInAsync(_factory.CreateBrowserLikeClient(), AdminName, AdminPassword);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mediasuite.auth="));
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task SignIn_WithForeignReturnUrl_GoesHome(string returnUrl)
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect);
        var response = await PostFormAsync(_factory.CreateBrowserLikeClient(), "/login", "/account/login",
            new() { ["UserName"] = AdminName, ["Password"] = AdminPassword, ["ReturnUrl"] = returnUrl });
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutSigningIn()
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect);
        var client = _factory.CreateBrowserLikeClient();
        var response = await SignInAsync(client, AdminName, "wrong password");
        Assert.Equal("/login?error=invalid-credentials&user=admin", response.Headers.Location?.OriginalString);
        Assert.Contains("do not match", await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/settings")).StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownUser_LooksLikeWrongPassword()
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect);
        var response = await SignInAsync(_factory.CreateBrowserLikeClient(), "nobody", "whatever pass");
        Assert.Equal("/login?error=invalid-credentials&user=nobody", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_LocksEvenTheRightPassword()
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect);
        var client = _factory.CreateBrowserLikeClient();
        for (var i = 0; i < 4; i++)
            Assert.Contains("invalid-credentials", (await SignInAsync(client, AdminName, "wrong")).Headers.Location?.OriginalString);
        Assert.Contains("error=locked-out", (await SignInAsync(client, AdminName, "wrong")).Headers.Location?.OriginalString);

        var locked = await SignInAsync(client, AdminName, AdminPassword);
        Assert.Contains("error=locked-out", locked.Headers.Location?.OriginalString);
        Assert.Contains("locked after too many failed sign-ins", await client.GetStringAsync(locked.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task SignIn_DisabledAccount_IsRefusedWithReason()
    {
        var (admin, member) = await HouseholdAsync(_factory);
        var users = _factory.Services.GetRequiredService<UserAdminService>();
        var memberId = (await users.ListAsync()).Single(u => u.UserName == "member1").Id;
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/admin/users/{memberId}/disable", null)).StatusCode);

        var response = await SignInAsync(_factory.CreateBrowserLikeClient(), "member1", "member password");
        Assert.Equal("/login?error=disabled&user=member1", response.Headers.Location?.OriginalString);
        Assert.NotNull(member);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = _factory.CreateBrowserLikeClient();
        Expect(await OnboardAsync(client), HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/settings")).StatusCode);
        var response = await client.PostAsync("/account/logout", null);
        Assert.Equal("/login", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/settings")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_OldStopsNewWorks()
    {
        var client = _factory.CreateBrowserLikeClient();
        Expect(await OnboardAsync(client), HttpStatusCode.Redirect);
        var response = await PostFormAsync(client, "/settings", "/account/password",
            new() { ["CurrentPassword"] = AdminPassword, ["NewPassword"] = "a brand new one", ["ConfirmPassword"] = "a brand new one" });
        Assert.Equal("/settings?password=changed#password", response.Headers.Location?.OriginalString);
        Assert.Contains("invalid-credentials", (await SignInAsync(_factory.CreateBrowserLikeClient(), AdminName, AdminPassword)).Headers.Location?.OriginalString);
        Assert.Equal("/", (await SignInAsync(_factory.CreateBrowserLikeClient(), AdminName, "a brand new one")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrent_KeepsOldPassword()
    {
        var client = _factory.CreateBrowserLikeClient();
        Expect(await OnboardAsync(client), HttpStatusCode.Redirect);
        var response = await PostFormAsync(client, "/settings", "/account/password",
            new() { ["CurrentPassword"] = "not it at all", ["NewPassword"] = "a brand new one", ["ConfirmPassword"] = "a brand new one" });
        Assert.Contains("error=invalid-credentials", response.Headers.Location?.OriginalString);
        Assert.Equal("/", (await SignInAsync(_factory.CreateBrowserLikeClient(), AdminName, AdminPassword)).Headers.Location?.OriginalString);
    }

    public void Dispose() => _factory.Dispose();
}

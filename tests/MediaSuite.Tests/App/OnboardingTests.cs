using System.Net;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.App;

public sealed class OnboardingTests : IDisposable
{
    private readonly MediaSuiteFactory _factory = new();

    [Fact]
    public async Task AnyPage_OnFreshInstall_LeadsToOnboarding()
    {
        var client = _factory.CreateBrowserLikeClient();
        foreach (var page in new[] { "/", "/settings", "/login", "/admin/users" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/onboarding", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Onboarding_CreatesAdminSignsInAndCloses()
    {
        var client = _factory.CreateBrowserLikeClient();
        var response = await OnboardAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/setup/libraries", response.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/db/status")).StatusCode);

        var stranger = _factory.CreateBrowserLikeClient();
        var page = await stranger.GetAsync("/onboarding");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", PathOf(page));
    }

    [Fact]
    public async Task SecondOnboardingPost_IsForbiddenAndCreatesNoUser()
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect);

        // A direct post (the form is no longer served, so its token comes from the sign-in page).
        var second = _factory.CreateBrowserLikeClient();
        var response = await PostFormAsync(second, "/login", "/account/onboarding",
            new() { ["UserName"] = "intruder", ["Password"] = "intruder password", ["ConfirmPassword"] = "intruder password" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("already has an administrator", await response.Content.ReadAsStringAsync());
        var users = await _factory.Services.GetRequiredService<UserAdminService>().ListAsync();
        Assert.Equal(["admin"], users.Select(u => u.UserName));
    }

    [Fact]
    public async Task ConcurrentOnboardingPosts_CreateExactlyOneAdmin()
    {
        var clients = Enumerable.Range(0, 4).Select(_ => _factory.CreateBrowserLikeClient()).ToList();
        var tokens = await Task.WhenAll(clients.Select(c => TokenAsync(c, "/onboarding")));
        var posts = clients.Select((c, i) => c.PostAsync("/account/onboarding", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = $"admin{i}", ["Password"] = "a long password", ["ConfirmPassword"] = "a long password",
            ["__RequestVerificationToken"] = tokens[i],
        })));
        var responses = await Task.WhenAll(posts);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Forbidden));
        Assert.Equal(1, await _factory.Services.GetRequiredService<UserAdminService>().CountAsync());
    }

    [Fact]
    public async Task Onboarding_WithShortPassword_ShowsReasonAndKeepsName()
    {
        var client = _factory.CreateBrowserLikeClient();
        var response = await OnboardAsync(client, "alex", "short");
        Assert.Equal("/onboarding?error=password-too-short&user=alex", response.Headers.Location?.OriginalString);
        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("at least 8 characters", page);
        Assert.Contains("value=\"alex\"", page);
    }

    [Fact]
    public async Task Onboarding_WithoutAntiforgeryToken_IsRejected()
    {
        var client = _factory.CreateBrowserLikeClient();
        var response = await client.PostAsync("/account/onboarding", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = "a long password", ["ConfirmPassword"] = "a long password",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _factory.Services.GetRequiredService<UserAdminService>().CountAsync());
    }

    public void Dispose() => _factory.Dispose();
}

using System.Net;
using MediaSuite.Tests.Support;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.App;

public sealed class RateLimitTests : IDisposable
{
    private readonly MediaSuiteFactory _factory = new MediaSuiteFactory()
        .With("MediaSuite:Accounts:SignInAttemptsPerWindow", "3")
        .With("MediaSuite:Accounts:SignInWindow", "00:10:00");

    [Fact]
    public async Task SignInPosts_PastTheLimit_Get429WithAClearMessage()
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect); // attempt 1
        var client = _factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, AdminName, "wrong")).StatusCode); // 2
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, AdminName, "wrong")).StatusCode); // 3

        var limited = await SignInAsync(client, AdminName, AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("600", limited.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Too many sign-in attempts", await limited.Content.ReadAsStringAsync());
        // Pages and other APIs are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}

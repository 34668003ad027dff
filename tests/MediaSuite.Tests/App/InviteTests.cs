using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediaSuite.Tests.Support;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.App;

public sealed class InviteTests : IDisposable
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
    private readonly MediaSuiteFactory _factory;

    public InviteTests() => _factory = new MediaSuiteFactory { Clock = _clock };

    private async Task<HttpClient> AdminAsync()
    {
        var admin = _factory.CreateBrowserLikeClient();
        Expect(await OnboardAsync(admin), HttpStatusCode.Redirect);
        return admin;
    }

    [Fact]
    public async Task Invite_WorksOnceThenSaysUsed()
    {
        var invite = await CreateInviteAsync(await AdminAsync());

        var first = _factory.CreateBrowserLikeClient();
        var joined = await RegisterAsync(first, invite.Url, "sam", "sam's password");
        Assert.Equal("/", joined.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/settings")).StatusCode);

        var second = _factory.CreateBrowserLikeClient();
        var page = await second.GetStringAsync(new Uri(invite.Url).AbsolutePath);
        Assert.Contains("already been used", page);
        Assert.DoesNotContain("Create my account", page);
    }

    [Fact]
    public async Task Invite_FormLoadedByTwoPeople_SecondPostIsRefused()
    {
        var invite = await CreateInviteAsync(await AdminAsync());
        var path = new Uri(invite.Url).AbsolutePath;
        var late = _factory.CreateBrowserLikeClient();
        var lateToken = await TokenAsync(late, path); // the second person opens the form while it is still valid

        Assert.Equal("/", (await RegisterAsync(_factory.CreateBrowserLikeClient(), invite.Url, "one", "password one")).Headers.Location?.OriginalString);

        var refused = await late.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = Uri.UnescapeDataString(path["/invite/".Length..]), ["UserName"] = "two", ["Password"] = "password two",
            ["ConfirmPassword"] = "password two", ["__RequestVerificationToken"] = lateToken,
        }));
        Assert.Contains("error=invite-used", refused.Headers.Location?.OriginalString);
        Assert.Contains("already been used", await late.GetStringAsync(refused.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Invite_AfterExpiry_IsRefusedWithClearError()
    {
        var invite = await CreateInviteAsync(await AdminAsync(), hours: 1);
        _clock.Advance(TimeSpan.FromMinutes(61));

        var client = _factory.CreateBrowserLikeClient();
        Assert.Contains("has expired", await client.GetStringAsync(new Uri(invite.Url).AbsolutePath));
    }

    [Fact]
    public async Task Invite_Revoked_CannotBeUsed()
    {
        var admin = await AdminAsync();
        var invite = await CreateInviteAsync(admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/invites/{invite.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/admin/invites/{invite.Id}")).StatusCode);
        Assert.Contains("withdrawn", await _factory.CreateBrowserLikeClient().GetStringAsync(new Uri(invite.Url).AbsolutePath));
    }

    [Fact]
    public async Task Invite_TakenUserName_KeepsTheLinkUsable()
    {
        var invite = await CreateInviteAsync(await AdminAsync());
        var client = _factory.CreateBrowserLikeClient();
        var taken = await RegisterAsync(client, invite.Url, AdminName, "some password");
        Assert.Contains("error=user-name-taken", taken.Headers.Location?.OriginalString);
        Assert.Equal("/", (await RegisterAsync(client, invite.Url, "newname", "some password")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Invite_ForgedToken_SaysNotValid()
    {
        await AdminAsync();
        var page = await _factory.CreateBrowserLikeClient().GetStringAsync("/invite/not-a-real-token");
        Assert.Contains("not valid", page);
    }

    [Fact]
    public async Task Invite_AdminRole_JoinsAsAdmin()
    {
        var invite = await CreateInviteAsync(await AdminAsync(), role: "admin");
        var client = _factory.CreateBrowserLikeClient();
        Expect(await RegisterAsync(client, invite.Url, "second-admin", "admin two password"), HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/admin/users")).StatusCode);
    }

    [Theory]
    [InlineData("owner", 24)]
    [InlineData("member", 0.01)]
    [InlineData("member", 24 * 31)]
    [InlineData("member", -1)]
    public async Task CreateInvite_BadInput_Gets400(string role, double hours)
    {
        var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/invites", new { role, lifetimeHours = hours });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/invites");
        Assert.Empty(problems!);
    }

    [Fact]
    public async Task ListInvites_ShowsStateAndWhoUsedIt()
    {
        var admin = await AdminAsync();
        var used = await CreateInviteAsync(admin);
        await CreateInviteAsync(admin);
        Expect(await RegisterAsync(_factory.CreateBrowserLikeClient(), used.Url, "kim", "kim password 1"), HttpStatusCode.Redirect);

        var invites = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/invites");
        var usedRow = invites!.Single(i => i.GetProperty("id").GetGuid() == used.Id);
        Assert.Equal("kim", usedRow.GetProperty("usedBy").GetString());
        Assert.Equal(1, invites!.Count(i => i.GetProperty("usedBy").ValueKind == JsonValueKind.Null));
    }

    public void Dispose() => _factory.Dispose();
}

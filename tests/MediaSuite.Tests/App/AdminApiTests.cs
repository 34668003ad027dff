using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.App;

public sealed class AdminApiTests : IDisposable
{
    private readonly MediaSuiteFactory _factory = new();

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "GET", "/api/db/status" },
        { "GET", "/api/admin/users" },
        { "GET", "/api/admin/invites" },
        { "POST", "/api/admin/invites" },
        { "POST", "/api/admin/users/x/disable" },
        { "POST", "/api/admin/users/x/password-reset" },
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task AdminApi_Anonymous_Gets401NotARedirect(string method, string path)
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect);
        var response = await _factory.CreateBrowserLikeClient().SendAsync(Request(method, path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task AdminApi_Member_Gets403(string method, string path)
    {
        var (_, member) = await HouseholdAsync(_factory);
        var response = await member.SendAsync(Request(method, path));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AdminPage_Member_IsSentToAccessDeniedWith403()
    {
        var (_, member) = await HouseholdAsync(_factory);
        var response = await member.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", PathOf(response));
        var denied = await member.GetAsync(PathOf(response));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("for administrators", await denied.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AdminPage_Anonymous_IsSentToLogin()
    {
        Expect(await OnboardAsync(_factory.CreateBrowserLikeClient()), HttpStatusCode.Redirect);
        var response = await _factory.CreateBrowserLikeClient().GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=%2Fadmin%2Fusers", PathOf(response));
    }

    [Fact]
    public async Task Health_IsAnonymousAndCarriesVersion()
    {
        var response = await _factory.CreateBrowserLikeClient().GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal("ok", response.GetProperty("status").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", response.GetProperty("version").GetString());
    }

    [Fact]
    public async Task DbStatus_ReportsSchemaPendingAndRowCounts()
    {
        var (admin, _) = await HouseholdAsync(_factory);
        var status = await admin.GetFromJsonAsync<JsonElement>("/api/db/status");

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations().Last(), status.GetProperty("schemaVersion").GetString());
        Assert.Equal(db.Database.GetMigrations().Count(), status.GetProperty("appliedMigrations").GetArrayLength());
        Assert.Equal(0, status.GetProperty("pendingMigrations").GetArrayLength());
        Assert.Equal("wal", status.GetProperty("journalMode").GetString());
        var rows = status.GetProperty("rowCounts");
        Assert.Equal(2, rows.GetProperty("users").GetInt64());
        Assert.Equal(2, rows.GetProperty("roles").GetInt64());
        Assert.Equal(1, rows.GetProperty("invites").GetInt64());
        Assert.True(rows.TryGetProperty("jobRuns", out _));
        Assert.True(status.GetProperty("sizeBytes").GetInt64() > 0);
    }

    [Fact]
    public async Task SetRole_PromotesMember_AndRefusesToDemoteTheLastAdmin()
    {
        var (admin, member) = await HouseholdAsync(_factory);
        var users = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/users");
        string IdOf(string name) => users!.Single(u => u.GetProperty("userName").GetString() == name).GetProperty("id").GetString()!;

        var promote = await admin.PutAsJsonAsync($"/api/admin/users/{IdOf("member1")}/role", new { role = "admin" });
        Assert.Equal(HttpStatusCode.NoContent, promote.StatusCode);
        // The promoted member signs in again (roles are read at sign-in) and can now use the admin API.
        var again = _factory.CreateBrowserLikeClient();
        Expect(await SignInAsync(again, "member1", "member password"), HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/admin/users")).StatusCode);

        var selfDemote = await admin.PutAsJsonAsync($"/api/admin/users/{IdOf("admin")}/role", new { role = "member" });
        Assert.Equal(HttpStatusCode.BadRequest, selfDemote.StatusCode);
        var demoteOther = await again.PutAsJsonAsync($"/api/admin/users/{IdOf("admin")}/role", new { role = "member" });
        Assert.Equal(HttpStatusCode.NoContent, demoteOther.StatusCode);
        var demoteLast = await admin.PutAsJsonAsync($"/api/admin/users/{IdOf("member1")}/role", new { role = "member" });
        Assert.Contains(demoteLast.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.BadRequest });
        Assert.NotNull(member);
    }

    [Fact]
    public async Task ResetPassword_GivesATemporaryPasswordThatWorks()
    {
        var (admin, _) = await HouseholdAsync(_factory);
        var users = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/users");
        var id = users!.Single(u => u.GetProperty("userName").GetString() == "member1").GetProperty("id").GetString();
        var reset = await admin.PostAsync($"/api/admin/users/{id}/password-reset", null);
        var password = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("temporaryPassword").GetString()!;

        Assert.Matches("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$", password);
        Assert.Contains("invalid-credentials", (await SignInAsync(_factory.CreateBrowserLikeClient(), "member1", "member password")).Headers.Location?.OriginalString);
        Assert.Equal("/", (await SignInAsync(_factory.CreateBrowserLikeClient(), "member1", password)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnknownUser_Gets404ProblemDetails()
    {
        var (admin, _) = await HouseholdAsync(_factory);
        var response = await admin.PostAsync("/api/admin/users/does-not-exist/password-reset", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "GET" ? null : JsonContent.Create(new { role = "member", lifetimeHours = 1 }),
    };

    public void Dispose() => _factory.Dispose();
}

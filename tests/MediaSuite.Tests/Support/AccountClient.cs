using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace MediaSuite.Tests.Support;

/// <summary>Drives the account forms the way a browser does: fetch the page for its antiforgery token, then post.</summary>
public static partial class AccountClient
{
    public const string AdminName = "admin";
    public const string AdminPassword = "correct horse battery";

    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> OnboardAsync(HttpClient client, string name = AdminName, string password = AdminPassword) =>
        PostFormAsync(client, "/onboarding", "/account/onboarding", new() { ["UserName"] = name, ["Password"] = password, ["ConfirmPassword"] = password });

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password) =>
        PostFormAsync(client, "/login", "/account/login", new() { ["UserName"] = name, ["Password"] = password });

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string inviteUrl, string name, string password)
    {
        var path = new Uri(inviteUrl).AbsolutePath;
        var token = path["/invite/".Length..];
        return PostFormAsync(client, path, "/account/register",
            new() { ["Token"] = Uri.UnescapeDataString(token), ["UserName"] = name, ["Password"] = password, ["ConfirmPassword"] = password });
    }

    public sealed record InviteCreated(Guid Id, string Url, string Role, DateTimeOffset ExpiresAt);

    public static async Task<InviteCreated> CreateInviteAsync(HttpClient admin, string role = "member", double hours = 24)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/invites", new { role, lifetimeHours = hours, note = "test" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<InviteCreated>())!;
    }

    /// <summary>An admin signed in on a fresh install, and a member who joined through an invite.</summary>
    public static async Task<(HttpClient Admin, HttpClient Member)> HouseholdAsync(MediaSuiteFactory factory, string memberName = "member1")
    {
        var admin = factory.CreateBrowserLikeClient();
        Expect(await OnboardAsync(admin), HttpStatusCode.Redirect);
        var invite = await CreateInviteAsync(admin);
        var member = factory.CreateBrowserLikeClient();
        Expect(await RegisterAsync(member, invite.Url, memberName, "member password"), HttpStatusCode.Redirect);
        return (admin, member);
    }

    /// <summary>Where a redirect points, as a local path and query whether the server wrote it absolute or relative.</summary>
    public static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery
        : location.OriginalString;

    public static void Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
            throw new Xunit.Sdk.XunitException($"Expected {status} but got {response.StatusCode} ({response.Headers.Location})");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

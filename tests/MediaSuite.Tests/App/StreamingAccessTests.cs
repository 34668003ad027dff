using System.Net;
using System.Net.Http.Json;
using MediaSuite.Infrastructure.Streaming;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static MediaSuite.Tests.App.StreamingTests;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.App;

/// <summary>Who may stream: the signed link decides, a cookie that comes along must agree, and a disabled account loses access.</summary>
public sealed class StreamingAccessTests(StreamingFixture fx) : IClassFixture<StreamingFixture>
{
    public sealed record StreamUrl(string Url, DateTimeOffset ExpiresAt, string ContentType, bool Transcoded);

    [Fact]
    public async Task Get_WithoutALink_Returns401WithASentence()
    {
        var response = await fx.Anonymous().GetAsync($"/api/stream/{fx.Mp3}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"This stream needs a signed link; ask /api/stream/{fx.Mp3}/url for one.", await DetailAsync(response));
    }

    [Fact]
    public async Task Get_LinkPastItsExpiry_Returns401_WhileASecondEarlierItPlays()
    {
        var link = fx.Link(fx.Mp3, fx.MemberId);
        var lifetime = fx.Harness.Factory.Services.GetRequiredService<IOptions<StreamingOptions>>().Value.LinkLifetime;
        var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["e"]!));
        Assert.Equal(TimeSpan.FromMinutes(10), lifetime);

        fx.Clock.Advance(expires - fx.Clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        var justBefore = await fx.Anonymous().GetAsync(link);
        fx.Clock.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = await fx.Anonymous().GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, justBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, atExpiry.StatusCode);
        Assert.Contains("has expired", await DetailAsync(atExpiry));
    }

    [Theory]
    [InlineData("s")]
    [InlineData("u")]
    [InlineData("e")]
    public async Task Get_LinkWithAChangedParameter_Returns401(string parameter)
    {
        var link = fx.Link(fx.Mp3, fx.MemberId);
        var changed = parameter switch
        {
            "s" => System.Text.RegularExpressions.Regex.Replace(link, "s=(.)", m => "s=" + (m.Groups[1].Value == "A" ? "B" : "A")),
            "u" => link.Replace($"u={fx.MemberId}", $"u={fx.AdminId}"),
            _ => System.Text.RegularExpressions.Regex.Replace(link, @"e=(\d+)", m => "e=" + (long.Parse(m.Groups[1].Value) + 3600)),
        };
        Assert.NotEqual(link, changed);

        var response = await fx.Anonymous().GetAsync(changed);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not valid", await DetailAsync(response));
    }

    [Fact]
    public async Task Get_LinkWithAnUnreadableSignature_Returns401NotAnError()
    {
        var link = System.Text.RegularExpressions.Regex.Replace(fx.Link(fx.Mp3, fx.MemberId), "s=.*$", "s=" + string.Concat(Enumerable.Repeat("%2B", 43)));

        var response = await fx.Anonymous().GetAsync(link);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not valid", await DetailAsync(response));
    }

    [Fact]
    public async Task Get_AnotherTracksLink_Returns403()
    {
        var flacLink = fx.Link(fx.Flac, fx.MemberId);

        var response = await fx.Anonymous().GetAsync(flacLink.Replace($"/api/stream/{fx.Flac}?", $"/api/stream/{fx.Mp3}?"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("This stream link was issued for a different track.", await DetailAsync(response));
    }

    [Fact]
    public async Task Get_AnotherUsersLinkWithMyCookie_Returns403_AndMyOwnLinkPlays()
    {
        var othersLink = await fx.Member.GetAsync(fx.Link(fx.Mp3, fx.AdminId));
        var ownLink = await fx.Member.GetAsync(fx.Link(fx.Mp3, fx.MemberId));

        Assert.Equal(HttpStatusCode.Forbidden, othersLink.StatusCode);
        Assert.Contains("different user", await DetailAsync(othersLink));
        Assert.Equal(HttpStatusCode.OK, ownLink.StatusCode);
    }

    [Fact]
    public async Task Get_LinkOfADisabledUser_Returns403()
    {
        var invite = await CreateInviteAsync(fx.Admin);
        Expect(await RegisterAsync(fx.Browser(), invite.Url, "leaver", "leaver password"), HttpStatusCode.Redirect);
        var leaver = await fx.UserIdAsync("leaver");
        var link = fx.Link(fx.Mp3, leaver);
        Assert.Equal(HttpStatusCode.OK, (await fx.Anonymous().GetAsync(link)).StatusCode);

        (await fx.Admin.PostAsync($"/api/admin/users/{leaver}/disable", null)).EnsureSuccessStatusCode();
        var response = await fx.Anonymous().GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("disabled", await DetailAsync(response));
    }

    [Fact]
    public async Task UrlEndpoint_SignedInMember_GetsALinkThatPlaysWithoutTheCookie()
    {
        var now = fx.Clock.GetUtcNow();
        var url = await fx.Member.GetFromJsonAsync<StreamUrl>($"/api/stream/{fx.Flac}/url");

        Assert.NotNull(url);
        Assert.StartsWith($"/api/stream/{fx.Flac}?", url.Url);
        Assert.Contains($"u={fx.MemberId}", url.Url);
        Assert.InRange(url.ExpiresAt, now.AddMinutes(10).AddSeconds(-1), now.AddMinutes(10));
        Assert.Equal(("audio/flac", false), (url.ContentType, url.Transcoded));
        var response = await fx.Anonymous().GetAsync(url.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(File.ReadAllBytes(fx.Harness.PathOf("Band/Album/02 Two.flac")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UrlEndpoint_TranscodedTrack_SaysSo()
    {
        var url = await fx.Member.GetFromJsonAsync<StreamUrl>($"/api/stream/{fx.Alac}/url");

        Assert.Equal(("audio/ogg; codecs=opus", true), (url!.ContentType, url.Transcoded));
    }

    [Fact]
    public async Task UrlEndpoint_Anonymous_Returns401()
    {
        var response = await fx.Anonymous().GetAsync($"/api/stream/{fx.Mp3}/url");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UrlEndpoint_UnknownTrack_Returns404WithASentence()
    {
        var response = await fx.Member.GetAsync("/api/stream/987654/url");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no track with id 987654.", await DetailAsync(response));
    }

    [Fact]
    public async Task Link_SignedBeforeARestart_PlaysAfterIt()
    {
        var link = fx.Link(fx.Mp3, fx.MemberId);
        using var restarted = new MediaSuiteFactory(fx.Harness.Factory.DataDirectory) { KeepDataDirectory = true, Clock = fx.Clock }
            .With("MediaSuite:Library:Watch", "false");

        var response = await restarted.CreateClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(StreamKeyFile.PathIn(fx.Harness.Factory.DataDirectory)));
    }
}

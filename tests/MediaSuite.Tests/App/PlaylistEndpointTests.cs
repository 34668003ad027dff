using System.Net;
using System.Net.Http.Json;
using System.Text;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Tests.Infrastructure.Music;
using MediaSuite.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.App;

/// <summary>An admin and a member signed in over HTTP; the member owns one playlist of one track.</summary>
public sealed class PlaylistEndpointFixture : IAsyncLifetime
{
    public MusicFixture Music { get; } = new();
    public HttpClient Admin { get; private set; } = default!;
    public HttpClient Member { get; private set; } = default!;
    public long Playlist { get; private set; }

    public async Task InitializeAsync()
    {
        await Music.InitializeAsync();
        (Admin, Member) = await AccountClient.HouseholdAsync(Music.Factory, "member1");
        using var scope = Music.Services.CreateScope();
        var memberId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("member1"))!.Id;
        var album = await Music.AlbumAsync("Beyoncé Quartet", "Harbour", ["Low Tide"], durationMs: 5_000);
        var playlists = Music.Get<PlaylistService>();
        Playlist = (await playlists.CreateAsync(memberId, "Été mix")).Id;
        await playlists.AddAlbumAsync(memberId, Playlist, album.Id);
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        Member.Dispose();
        await Music.DisposeAsync();
    }
}

/// <summary>The M3U8 download: only for its owner, as an attachment, in UTF-8.</summary>
public sealed class PlaylistEndpointTests(PlaylistEndpointFixture fx) : IClassFixture<PlaylistEndpointFixture>
{
    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("detail").GetString();

    private HttpClient Admin => fx.Admin;
    private HttpClient Member => fx.Member;
    private long PlaylistId => fx.Playlist;

    [Fact]
    public async Task Export_ByItsOwner_IsAUtf8AttachmentNamedAfterThePlaylist()
    {
        var response = await Member.GetAsync($"/api/playlists/{PlaylistId}.m3u8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/x-mpegurl", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Été mix.m3u8", disposition.FileNameStar);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("#EXTM3U\n#EXTINF:5,Beyoncé Quartet - Low Tide\n/", text);
    }

    [Fact]
    public async Task Export_SignedOut_Is401()
    {
        using var anonymous = fx.Music.Factory.CreateBrowserLikeClient();

        var response = await anonymous.GetAsync($"/api/playlists/{PlaylistId}.m3u8");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Export_AnotherUsersPlaylist_Is404LikeOneThatDoesNotExist()
    {
        var theirs = await Admin.GetAsync($"/api/playlists/{PlaylistId}.m3u8");
        var none = await Admin.GetAsync("/api/playlists/987654.m3u8");

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal($"There is no playlist {PlaylistId} in your playlists.", await DetailAsync(theirs));
        Assert.Equal("There is no playlist 987654 in your playlists.", await DetailAsync(none));
    }
}

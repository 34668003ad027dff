using System.Net;
using MediaSuite.Infrastructure.Streaming;
using MediaSuite.Tests.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.App;

/// <summary>
/// The real app on Kestrel (so chunked transfer and disconnects are real) with one scanned library
/// — an MP3, a FLAC and an ALAC M4A — an admin and a member. Tests only read it, or add their own tracks and users.
/// </summary>
public sealed class StreamingFixture : IAsyncLifetime
{
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);
    public ScannerHarness Harness { get; private set; } = default!;
    public HttpClient Admin { get; private set; } = default!;
    public HttpClient Member { get; private set; } = default!;
    public string AdminId { get; private set; } = "";
    public string MemberId { get; private set; } = "";
    public long Mp3 { get; private set; }
    public long Flac { get; private set; }
    public long Alac { get; private set; }

    public async Task InitializeAsync()
    {
        Harness = await ScannerHarness.StartAsync(configure: f => f.UseKestrel(0), clock: Clock);
        await AudioFixtures.MakeAsync(Harness.PathOf("Band/Album/01 One.mp3"), Tags("One"), seconds: 2);
        await AudioFixtures.MakeAsync(Harness.PathOf("Band/Album/02 Two.flac"), Tags("Two"), seconds: 2);
        await MakeAlacAsync(Harness.PathOf("Band/Album/03 Three.m4a"), "Three");
        await Harness.ScanAsync();
        var tracks = await Harness.TracksAsync();
        Mp3 = tracks.Single(t => t.Track.Title == "One").Track.Id;
        Flac = tracks.Single(t => t.Track.Title == "Two").Track.Id;
        Alac = tracks.Single(t => t.Track.Title == "Three").Track.Id;

        Admin = Browser();
        AccountClient.Expect(await AccountClient.OnboardAsync(Admin), HttpStatusCode.Redirect);
        Member = Browser();
        var invite = await AccountClient.CreateInviteAsync(Admin);
        AccountClient.Expect(await AccountClient.RegisterAsync(Member, invite.Url, "member1", "member password"), HttpStatusCode.Redirect);
        AdminId = await UserIdAsync(AccountClient.AdminName);
        MemberId = await UserIdAsync("member1");
    }

    public static Dictionary<string, string> Tags(string title) => new() { ["title"] = title, ["artist"] = "Band", ["album"] = "Album" };

    public static Task MakeAlacAsync(string path, string title, string source = "sine=frequency=440:duration=2") =>
        AudioFixtures.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", source, "-c:a", "alac", "-metadata", $"title={title}",
            "-metadata", "artist=Band", "-metadata", "album=Album", path]);

    /// <summary>A client that keeps cookies and does not follow redirects, as <see cref="AccountClient"/> expects.</summary>
    public HttpClient Browser() => Client(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });

    /// <summary>A client without cookies, as an audio element on another origin or a cast device is.</summary>
    public HttpClient Anonymous() => Client(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    private HttpClient Client(HttpClientHandler handler) => new(handler) { BaseAddress = Harness.Factory.ClientOptions.BaseAddress };

    public string Link(long trackId, string userId) =>
        Harness.Factory.Services.GetRequiredService<StreamUrlSigner>().Sign(trackId, userId, Clock.GetUtcNow()).Url;

    public async Task<string> UserIdAsync(string userName)
    {
        await using var db = await Harness.DbAsync();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}

using System.Net;
using MediaSuite.Domain.Music;
using MediaSuite.Tests.Jobs.Ingest;
using MediaSuite.Tests.Support;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.App;

/// <summary>
/// One server with a scanned library of albums in every cover situation, and a signed-in
/// browser. Tests ask for sizes no other test asks for when they look at the cache.
/// </summary>
public sealed class CoverArtFixture : IAsyncLifetime
{
    private readonly string _artFolder = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "art-" + Guid.NewGuid().ToString("N"));

    public ScannerHarness Harness { get; private set; } = default!;
    public HttpClient Browser { get; private set; } = default!;
    public List<(Track Track, Album Album, Artist AlbumArtist)> Tracks { get; private set; } = [];

    public string CacheFolder => Path.Combine(Harness.Factory.DataDirectory, "cache", "covers");

    /// <summary>800×600 cover.jpg beside the track.</summary>
    public Album WithFile => AlbumOf("Flash");

    /// <summary>640×480 picture embedded in its first track only.</summary>
    public Album Embedded => AlbumOf("Inside");

    /// <summary>No art anywhere.</summary>
    public Album Bare => AlbumOf("Hush");

    /// <summary>A cover.jpg that is not an image.</summary>
    public Album Broken => AlbumOf("Crack");

    /// <summary>A 400×200 cover.jpg that a test replaces.</summary>
    public Album Changing => AlbumOf("Turn");

    public Track TrackTitled(string title) => Tracks.Single(t => t.Track.Title == title).Track;

    public Album AlbumOf(string trackTitle) => Tracks.Single(t => t.Track.Title == trackTitle).Album;

    public async Task InitializeAsync()
    {
        Harness = await ScannerHarness.StartAsync();
        var picture = Path.Combine(_artFolder, "embedded.jpg");
        await AudioFixtures.MakeJpegAsync(picture, 640, 480, pattern: true);

        await AudioFixtures.MakeAsync(Harness.PathOf("Camera Band/Photographs/01 Flash.mp3"), Tags("Flash", "Camera Band", "Photographs"));
        await AudioFixtures.MakeJpegAsync(Harness.PathOf("Camera Band/Photographs/cover.jpg"), 800, 600, pattern: true);
        await AudioFixtures.MakeAsync(Harness.PathOf("Inner Artist/Hidden/01 Inside.flac"), Tags("Inside", "Inner Artist", "Hidden"), cover: picture);
        await AudioFixtures.MakeAsync(Harness.PathOf("Inner Artist/Hidden/02 Outside.mp3"), Tags("Outside", "Inner Artist", "Hidden"));
        await AudioFixtures.MakeAsync(Harness.PathOf("Nobody Knows/Silent Night Songs/01 Hush.mp3"), Tags("Hush", "Nobody Knows", "Silent Night Songs"));
        await AudioFixtures.MakeAsync(Harness.PathOf("Glitch/Broken Frames/01 Crack.mp3"), Tags("Crack", "Glitch", "Broken Frames"));
        await File.WriteAllTextAsync(Harness.PathOf("Glitch/Broken Frames/cover.jpg"), "this is not a picture");
        await AudioFixtures.MakeAsync(Harness.PathOf("Shifter/Changes/01 Turn.mp3"), Tags("Turn", "Shifter", "Changes"));
        await AudioFixtures.MakeJpegAsync(Harness.PathOf("Shifter/Changes/cover.jpg"), 400, 200);
        await Harness.ScanAsync();
        Tracks = await Harness.TracksAsync();

        Browser = Harness.Factory.CreateBrowserLikeClient();
        Expect(await OnboardAsync(Browser), HttpStatusCode.Redirect);
    }

    private static Dictionary<string, string> Tags(string title, string artist, string album) =>
        new() { ["title"] = title, ["artist"] = artist, ["album_artist"] = artist, ["album"] = album, ["track"] = "1" };

    public async Task DisposeAsync()
    {
        Browser.Dispose();
        await Harness.DisposeAsync();
        try { Directory.Delete(_artFolder, recursive: true); }
        catch (IOException) { }
    }
}

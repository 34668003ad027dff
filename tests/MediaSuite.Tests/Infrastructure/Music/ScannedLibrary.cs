using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Tests.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>
/// Real files scanned once for the class: two albums and a two-disc album by Alpha, a compilation with
/// Alpha as a guest, tracks with two genres; plus an album whose only file went missing.
/// </summary>
public sealed class ScannedLibrary : IAsyncLifetime
{
    private ScannerHarness _harness = default!;

    public MusicQueries Queries => _harness.Factory.Services.GetRequiredService<MusicQueries>();

    public IServiceProvider Services => _harness.Factory.Services;

    public async Task InitializeAsync()
    {
        _harness = await ScannerHarness.StartAsync();
        var h = _harness;
        await Task.WhenAll(
            AudioFixtures.MakeAsync(h.PathOf("Alpha/First/01.mp3"), Tags("Opening", "Alpha", "First", "2001", "1", genre: "Rock; Pop")),
            AudioFixtures.MakeAsync(h.PathOf("Alpha/First/02.mp3"), Tags("Closing", "Alpha", "First", "2001", "2", genre: "rock; pop"), 500),
            AudioFixtures.MakeJpegAsync(h.PathOf("Alpha/First/cover.jpg")),
            AudioFixtures.MakeAsync(h.PathOf("Alpha/Second/01.mp3"), Tags("Long One", "Alpha", "Second", "2005", "1", genre: "Jazz"), 520, seconds: 3),
            AudioFixtures.MakeAsync(h.PathOf("Alpha/Double/CD2/01.flac"), Tags("D2 T1", "Alpha", "Double", "2010", "1", disc: "2/2"), 540),
            AudioFixtures.MakeAsync(h.PathOf("Alpha/Double/CD1/02.flac"), Tags("D1 T2", "Alpha", "Double", "2010", "2", disc: "1/2"), 560),
            AudioFixtures.MakeAsync(h.PathOf("Alpha/Double/CD1/01.flac"), Tags("D1 T1", "Alpha", "Double", "2010", "1", disc: "1/2"), 580),
            AudioFixtures.MakeAsync(h.PathOf("Mix/Summer/01.ogg"), Compilation("Solo", "Beta", "1"), 600),
            AudioFixtures.MakeAsync(h.PathOf("Mix/Summer/02.ogg"), Compilation("Duet", "Beta; Alpha", "2"), 620),
            AudioFixtures.MakeAsync(h.PathOf("Mix/Summer/03.ogg"), Compilation("Third", "gamma", "3"), 640),
            AudioFixtures.MakeAsync(h.PathOf("Delta/Gone/01.mp3"), Tags("Vanished", "Delta", "Gone", "1999", "1", genre: "Blues"), 660));
        await h.ScanAsync();
        File.Delete(h.PathOf("Delta/Gone/01.mp3"));
        await h.ScanAsync();
    }

    public async Task<long> AlbumIdAsync(string title)
    {
        await using var db = await _harness.DbAsync();
        return await db.Albums.Where(a => a.Title == title).Select(a => a.Id).SingleAsync();
    }

    public async Task<long> TrackIdAsync(string title)
    {
        await using var db = await _harness.DbAsync();
        return await db.Tracks.Where(t => t.Title == title).Select(t => t.Id).SingleAsync();
    }

    public async Task<long> ArtistIdAsync(string name)
    {
        await using var db = await _harness.DbAsync();
        return await db.Artists.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    /// <summary>A new account, so a test's ratings are its own.</summary>
    public async Task<string> NewUserAsync()
    {
        await using var db = await _harness.DbAsync();
        var user = new AppUser { UserName = "listener-" + Guid.NewGuid().ToString("N")[..8], CreatedAt = DateTimeOffset.UtcNow };
        user.NormalizedUserName = user.UserName.ToUpperInvariant();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private static Dictionary<string, string> Tags(string title, string artist, string album, string year, string track, string? genre = null, string? disc = null)
    {
        var tags = new Dictionary<string, string> { ["title"] = title, ["artist"] = artist, ["album"] = album, ["date"] = year, ["track"] = track };
        if (genre is not null) tags["genre"] = genre;
        if (disc is not null) tags["disc"] = disc;
        return tags;
    }

    private static Dictionary<string, string> Compilation(string title, string artist, string track) =>
        new() { ["title"] = title, ["artist"] = artist, ["album"] = "Summer Hits", ["date"] = "2015", ["track"] = track, ["compilation"] = "1" };

    public async Task DisposeAsync() => await _harness.DisposeAsync();
}

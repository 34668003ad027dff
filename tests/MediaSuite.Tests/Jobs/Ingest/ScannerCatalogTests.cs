using MediaSuite.Domain.Library;
using MediaSuite.Domain.Music;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Tests.Jobs.Ingest;

/// <summary>What a first scan makes of real files: tracks, albums, artists, covers and lyrics.</summary>
public sealed class ScannerCatalogTests
{
    private static Dictionary<string, string> Tags(string title, string artist, string album, string? albumArtist = null, string? track = null) => new()
    {
        ["title"] = title, ["artist"] = artist, ["album"] = album, ["album_artist"] = albumArtist ?? artist, ["track"] = track ?? "1",
    };

    [Fact]
    public async Task FirstScan_GroupsTracksIntoAlbumsAndArtists()
    {
        await using var h = await ScannerHarness.StartAsync();
        await AudioFixtures.MakeAsync(h.PathOf("Queen/Innuendo/01 Innuendo.mp3"), Tags("Innuendo", "Queen", "Innuendo", track: "1/12"));
        await AudioFixtures.MakeAsync(h.PathOf("Queen/Innuendo/02 Headlong.flac"), Tags("Headlong", "Queen", "Innuendo", track: "2/12"));
        await AudioFixtures.MakeAsync(h.PathOf("Mix/Summer/01.ogg"), new() { ["title"] = "Song A", ["artist"] = "Artist A", ["album"] = "Summer Hits", ["compilation"] = "1" });
        await AudioFixtures.MakeAsync(h.PathOf("Mix/Summer/02.m4a"), new() { ["title"] = "Song B", ["artist"] = "Artist B", ["album"] = "Summer Hits", ["compilation"] = "1" });

        var stats = await h.ScanAsync();

        Assert.Equal(4, stats.New);
        Assert.Equal(0, stats.Problems);
        var tracks = await h.TracksAsync();
        Assert.Equal(["Headlong", "Innuendo", "Song A", "Song B"], tracks.Select(t => t.Track.Title));
        Assert.Equal(2, tracks.Select(t => t.Album.Id).Distinct().Count());
        Assert.All(tracks.Where(t => t.Album.Title == "Innuendo"), t => Assert.Equal("Queen", t.AlbumArtist.Name));
        Assert.All(tracks.Where(t => t.Album.Title == "Summer Hits"), t => Assert.Equal(MusicGrouping.VariousArtists, t.AlbumArtist.Name));
        var innuendo = tracks.Single(t => t.Track.Title == "Innuendo").Track;
        Assert.Equal((1, 12), (innuendo.TrackNumber, innuendo.TrackTotal));
        Assert.Equal("mp3", innuendo.Codec);
        Assert.InRange(innuendo.DurationMs!.Value, 900, 1200);
        Assert.True(tracks.Single(t => t.Track.Title == "Headlong").Track.Lossless);
    }

    [Fact]
    public async Task MultiDiscFolders_FormOneAlbum_WithDiscNumbersFromTheFolders()
    {
        await using var h = await ScannerHarness.StartAsync();
        await AudioFixtures.MakeAsync(h.PathOf("Band/Double/CD1/01.mp3"), Tags("One", "Band", "Double"));
        await AudioFixtures.MakeAsync(h.PathOf("Band/Double/CD 2/01.mp3"), Tags("Two", "Band", "Double"), frequency: 550);

        await h.ScanAsync();

        var tracks = await h.TracksAsync();
        Assert.Single(tracks.Select(t => t.Album.Id).Distinct());
        Assert.Equal([1, 2], tracks.OrderBy(t => t.Track.Title == "Two").Select(t => t.Track.DiscNumber!.Value));
    }

    [Fact]
    public async Task SameArtistNameWithDifferentMusicBrainzIds_AreTwoArtists()
    {
        await using var h = await ScannerHarness.StartAsync();
        await AudioFixtures.MakeAsync(h.PathOf("a/1.flac"), new() { ["title"] = "Grunge", ["artist"] = "Nirvana", ["album"] = "Nevermind", ["MUSICBRAINZ_ARTISTID"] = "5b11f4ce-a62d-471e-81fc-a69a8278c7da" });
        await AudioFixtures.MakeAsync(h.PathOf("b/1.flac"), new() { ["title"] = "Sixties", ["artist"] = "Nirvana", ["album"] = "Local Anaesthetic", ["MUSICBRAINZ_ARTISTID"] = "9282c8b4-ca0b-4c6b-b7e3-4f7762dfc4d6" }, 600);

        await h.ScanAsync();

        await using var db = await h.DbAsync();
        Assert.Equal(2, await db.Artists.CountAsync(a => a.Name == "Nirvana"));
    }

    [Fact]
    public async Task CoverImageAndLrcBesideTracks_AreUsed()
    {
        await using var h = await ScannerHarness.StartAsync();
        await AudioFixtures.MakeAsync(h.PathOf("Artist/Album/01 Song.mp3"), Tags("Song", "Artist", "Album"));
        await AudioFixtures.MakeJpegAsync(h.PathOf("Artist/Album/cover.jpg"));
        await File.WriteAllTextAsync(h.PathOf("Artist/Album/01 Song.lrc"), "[ar:Artist]\n[00:00.50]First line\n[00:01.00]Second line\n");

        await h.ScanAsync();

        var (track, album, _) = (await h.TracksAsync()).Single();
        Assert.Equal(h.PathOf("Artist/Album/cover.jpg"), album.CoverPath);
        Assert.Equal("[00:00.50]First line\n[00:01.00]Second line", track.SyncedLyrics);
        Assert.Single(await h.FilesAsync()); // the cover and the .lrc are sidecars, not media
    }

    [Fact]
    public async Task MixedLibrary_TakesPhotosAndVideosToo()
    {
        await using var h = await ScannerHarness.StartAsync(LibraryKind.Mixed);
        await AudioFixtures.MakeJpegAsync(h.PathOf("Holiday/IMG_0001.jpg"), 80, 60);
        await AudioFixtures.MakeAsync(h.PathOf("Holiday/clip.mp4"));
        await AudioFixtures.MakeAsync(h.PathOf("Music/song.mp3"), Tags("Song", "Artist", "Album"));

        var stats = await h.ScanAsync();

        Assert.Equal(0, stats.Problems);
        var files = await h.FilesAsync();
        Assert.Equal([MediaKind.Photo, MediaKind.Video, MediaKind.Audio], files.Select(f => f.Kind));
        await using var db = await h.DbAsync();
        var photo = await db.Photos.AsNoTracking().SingleAsync();
        Assert.Equal((80, 60), (photo.Metadata.Width, photo.Metadata.Height));
        var video = await db.Videos.AsNoTracking().SingleAsync();
        Assert.Equal((64, 48), (video.Metadata.Width, video.Metadata.Height));
        Assert.Equal("h264", video.Metadata.VideoCodec);
    }
}

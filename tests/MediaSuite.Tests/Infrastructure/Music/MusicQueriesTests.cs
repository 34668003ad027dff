using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Tests.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>The browse queries over a small library of real files, scanned by the real scanner.</summary>
public sealed class MusicQueriesTests(ScannedLibrary library) : IClassFixture<ScannedLibrary>
{
    private MusicQueries Queries => library.Queries;

    [Fact]
    public async Task AlbumsAsync_ByName_ListsEveryAlbumWithItsTotals()
    {
        var page = await Queries.AlbumsAsync(AlbumSort.Name, false, null, 50);

        Assert.Equal(["Double", "First", "Second", "Summer Hits"], page.Items.Select(a => a.Title));
        Assert.Null(page.Next);
        var double_ = page.Items.Single(a => a.Title == "Double");
        Assert.Equal(("Alpha", 3, 2010), (double_.AlbumArtistName, double_.TrackCount, double_.Year));
        Assert.InRange(double_.TotalDurationMs, 2700, 3600);
        Assert.Equal(MusicGrouping.VariousArtists, page.Items.Single(a => a.Title == "Summer Hits").AlbumArtistName);
        Assert.True(page.Items.Single(a => a.Title == "First").HasCover);
        Assert.False(page.Items.Single(a => a.Title == "Second").HasCover);
    }

    [Fact]
    public async Task AlbumsAsync_ByYearDescending_NewestFirst()
    {
        var page = await Queries.AlbumsAsync(AlbumSort.Year, true, null, 50);

        Assert.Equal(["Summer Hits", "Double", "Second", "First"], page.Items.Select(a => a.Title));
    }

    [Fact]
    public async Task AlbumsAsync_ByArtist_GroupsAnArtistsAlbumsByYear()
    {
        var page = await Queries.AlbumsAsync(AlbumSort.Artist, false, null, 50);

        Assert.Equal(["First", "Second", "Double", "Summer Hits"], page.Items.Select(a => a.Title));
    }

    [Fact]
    public async Task AlbumAsync_TwoDiscAlbum_TracksInDiscThenTrackOrder()
    {
        var id = await library.AlbumIdAsync("Double");

        var album = await Queries.AlbumAsync(id);

        Assert.NotNull(album);
        Assert.Equal(["D1 T1", "D1 T2", "D2 T1"], album.Tracks.Select(t => t.Title));
        Assert.Equal([(1, 1), (1, 2), (2, 1)], album.Tracks.Select(t => (t.Disc, t.TrackNumber ?? 0)));
        Assert.Equal(2, album.DiscCount);
        Assert.Equal(album.Tracks.Sum(t => t.DurationMs), album.TotalDurationMs);
        Assert.Equal(2010, album.Year);
        Assert.Equal("Alpha", album.AlbumArtist.Name);
        Assert.True(album.Tracks.All(t => t.Codec == "flac" && t.Lossless));
        Assert.Equal(["Second", "First"], album.MoreByAlbumArtist.Select(a => a.Title));
    }

    [Fact]
    public async Task AlbumAsync_GenresFromTracks_SplitDistinctAndSorted()
    {
        var album = await Queries.AlbumAsync(await library.AlbumIdAsync("First"));

        Assert.Equal(["Pop", "Rock"], album!.Genres);
        Assert.Equal(["Opening", "Closing"], album.Tracks.Select(t => t.Title));
    }

    [Fact]
    public async Task AlbumAsync_UnknownId_IsNull() => Assert.Null(await Queries.AlbumAsync(999_999));

    [Fact]
    public async Task ArtistsAsync_ByName_WithAlbumAndTrackCounts()
    {
        var page = await Queries.ArtistsAsync(false, null, 50);

        Assert.Equal(["Alpha", "Beta", "gamma", MusicGrouping.VariousArtists], page.Items.Select(a => a.Name));
        var alpha = page.Items[0];
        Assert.Equal((3, 7), (alpha.AlbumCount, alpha.TrackCount)); // 6 on own albums + 1 on the compilation
        Assert.Equal((0, 2), (page.Items[1].AlbumCount, page.Items[1].TrackCount));
        Assert.Equal((1, 3), (page.Items[3].AlbumCount, page.Items[3].TrackCount));
    }

    [Fact]
    public async Task ArtistAsync_AlbumsNewestFirst_AndAppearsOnOtherArtistsAlbums()
    {
        var alphaId = (await Queries.ArtistsAsync(false, null, 50)).Items.Single(a => a.Name == "Alpha").Id;

        var artist = await Queries.ArtistAsync(alphaId);

        Assert.NotNull(artist);
        Assert.Equal(["Double", "Second", "First"], artist.Albums.Select(a => a.Title));
        var appearsOn = Assert.Single(artist.AppearsOn);
        Assert.Equal(("Duet", "Summer Hits"), (appearsOn.Title, appearsOn.AlbumTitle));
        Assert.Null(await Queries.ArtistAsync(999_999));
    }

    [Fact]
    public async Task TracksAsync_ByDurationDescending_LongestFirst()
    {
        var page = await Queries.TracksAsync(TrackSort.Duration, true, null, 3);

        Assert.Equal("Long One", page.Items[0].Title);
        Assert.Equal(3, page.Items.Count);
        Assert.NotNull(page.Next);
    }

    [Fact]
    public async Task TracksAsync_ByAlbum_KeepsDiscAndTrackOrder()
    {
        var page = await Queries.TracksAsync(TrackSort.Album, false, null, 50);

        Assert.Equal(["D1 T1", "D1 T2", "D2 T1", "Opening", "Closing", "Long One", "Solo", "Duet", "Third"], page.Items.Select(t => t.Title));
    }

    [Fact]
    public async Task GenresAsync_SplitsAndMergesCaseInsensitively()
    {
        var genres = await Queries.GenresAsync();

        Assert.Equal([("Jazz", 1), ("Pop", 2), ("Rock", 2)], genres.Select(g => (g.Name, g.TrackCount)));
    }

    [Fact]
    public async Task GenreTracksAsync_MatchesOneOfSeveralGenres_InAnyCase()
    {
        var rock = await Queries.GenreTracksAsync("ROCK", TrackSort.Title, false, null, 50);

        Assert.Equal(["Closing", "Opening"], rock.Items.Select(t => t.Title));
        Assert.Empty((await Queries.GenreTracksAsync("Ro", TrackSort.Title, false, null, 50)).Items);
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("eyJzIjoiYWxidW1zLm5hbWUuYXNjIn0")] // {"s":"albums.name.asc"} without keys
    public async Task AlbumsAsync_MalformedCursor_ThrowsArgumentException(string cursor)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Queries.AlbumsAsync(AlbumSort.Name, false, cursor, 10));
        Assert.Contains("start again from the first page", e.Message);
    }

    [Fact]
    public async Task TracksAsync_CursorOfAnotherSort_ThrowsArgumentException()
    {
        var next = (await Queries.TracksAsync(TrackSort.Title, false, null, 1)).Next;

        await Assert.ThrowsAsync<ArgumentException>(() => Queries.TracksAsync(TrackSort.Year, false, next, 1));
    }

    [Fact]
    public async Task EveryList_TrackWhoseFileIsMissing_IsLeftOut()
    {
        var tracks = await Queries.TracksAsync(TrackSort.Title, false, null, 50);
        var artists = await Queries.ArtistsAsync(false, null, 50);

        Assert.Equal(9, tracks.Items.Count);
        Assert.DoesNotContain(tracks.Items, t => t.Title == "Vanished");
        Assert.DoesNotContain(artists.Items, a => a.Name == "Delta");
        Assert.DoesNotContain(await Queries.GenresAsync(), g => g.Name == "Blues");
        Assert.Null(await Queries.AlbumAsync(await library.AlbumIdAsync("Gone")));
    }

    [Fact]
    public async Task EveryList_DisabledLibrary_ShowsNothing()
    {
        await using var h = await ScannerHarness.StartAsync();
        await AudioFixtures.MakeAsync(h.PathOf("A/B/01.mp3"), new() { ["title"] = "T", ["artist"] = "A", ["album"] = "B", ["genre"] = "Rock" });
        await h.ScanAsync();
        var queries = h.Factory.Services.GetRequiredService<MusicQueries>();
        var album = Assert.Single((await queries.AlbumsAsync(AlbumSort.Name, false, null, 10)).Items);
        var artist = Assert.Single((await queries.ArtistsAsync(false, null, 10)).Items);

        await using (var db = await h.DbAsync()) await db.Database.ExecuteSqlRawAsync("UPDATE Libraries SET Enabled = 0");

        Assert.Empty((await queries.AlbumsAsync(AlbumSort.Name, false, null, 10)).Items);
        Assert.Empty((await queries.ArtistsAsync(false, null, 10)).Items);
        Assert.Empty((await queries.TracksAsync(TrackSort.Title, false, null, 10)).Items);
        Assert.Empty((await queries.GenreTracksAsync("Rock", TrackSort.Title, false, null, 10)).Items);
        Assert.Empty(await queries.GenresAsync());
        Assert.Null(await queries.AlbumAsync(album.Id));
        Assert.Null(await queries.ArtistAsync(artist.Id));
    }
}

using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>The track lists the music pages hand to the player as a context.</summary>
public sealed class MusicContextQueriesTests(ScannedLibrary library) : IClassFixture<ScannedLibrary>
{
    private MusicQueries Queries => library.Queries;

    [Fact]
    public async Task ArtistTrackIdsAsync_AlbumsByYearEachInDiscAndTrackOrder_ThenGuestTracks()
    {
        var ids = await Queries.ArtistTrackIdsAsync(await library.ArtistIdAsync("Alpha"));

        Assert.Equal(["Opening", "Closing", "Long One", "D1 T1", "D1 T2", "D2 T1", "Duet"], await TitlesAsync(ids));
    }

    [Fact]
    public async Task ArtistTrackIdsAsync_CompilationArtist_HasItsAlbumsTracks()
    {
        var ids = await Queries.ArtistTrackIdsAsync(await library.ArtistIdAsync("Various Artists"));

        Assert.Equal(["Solo", "Duet", "Third"], await TitlesAsync(ids));
        Assert.Empty(await Queries.ArtistTrackIdsAsync(987_654));
    }

    [Fact]
    public async Task ArtistTrackIdsAsync_MissingFilesAreLeftOut()
    {
        Assert.Empty(await Queries.ArtistTrackIdsAsync(await library.ArtistIdAsync("Delta")));
    }

    [Theory]
    [InlineData(TrackSort.Title, false)]
    [InlineData(TrackSort.Artist, false)]
    [InlineData(TrackSort.Duration, true)]
    public async Task GenreTrackIdsAsync_SameOrderAsTheGenrePages(TrackSort sort, bool descending)
    {
        var ids = await Queries.GenreTrackIdsAsync("pop", sort, descending);
        var page = await Queries.GenreTracksAsync("pop", sort, descending, null, 50);

        Assert.Equal(page.Items.Select(t => t.Id), ids);
        Assert.Equal(2, ids.Count);
    }

    private async Task<string[]> TitlesAsync(IEnumerable<long> ids)
    {
        var all = (await Queries.TracksAsync(TrackSort.Title, false, null, 50)).Items.ToDictionary(t => t.Id, t => t.Title);
        return ids.Select(id => all[id]).ToArray();
    }
}

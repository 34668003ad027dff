using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>The player's view of tracks, over the scanned library the browse queries use.</summary>
public sealed class TrackSummariesTests(ScannedLibrary library) : IClassFixture<ScannedLibrary>
{
    [Fact]
    public async Task TrackSummariesAsync_GivesTitlesArtistsAlbumAndLength_ByTrackId()
    {
        var tracks = (await library.Queries.TracksAsync(TrackSort.Title, false, null, 100)).Items;
        var ids = tracks.ToDictionary(t => t.Title, t => t.Id);

        var summaries = await library.Queries.TrackSummariesAsync([ids["Opening"], ids["Duet"], ids["Opening"], 987_654]);

        Assert.Equal(2, summaries.Count);
        var opening = summaries[ids["Opening"]];
        Assert.Equal(("Opening", "Alpha", "First"), (opening.Title, opening.ArtistText, opening.AlbumTitle));
        Assert.Equal(opening.AlbumArtistId, opening.ArtistId);
        Assert.InRange(opening.DurationMs ?? 0, 900, 1_200);
        Assert.Equal($"/api/covers/album/{opening.AlbumId}?w=96&h=96&mode=crop", opening.CoverUrl);

        // On a compilation the link goes to the track's first performer, not to "Various Artists".
        var duet = summaries[ids["Duet"]];
        Assert.NotEqual(duet.AlbumArtistId, duet.ArtistId);
        Assert.Equal("Beta", (await library.Queries.ArtistAsync(duet.ArtistId))!.Artist.Name);
    }

    [Fact]
    public async Task TrackSummariesAsync_NoIds_NoQuery()
    {
        Assert.Empty(await library.Queries.TrackSummariesAsync([]));
    }
}

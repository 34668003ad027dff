using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MediaSuite.Infrastructure.Persistence;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>Hearts and stars over the scanned library; every test rates as a user of its own.</summary>
public sealed class RatingServiceTests(ScannedLibrary library) : IClassFixture<ScannedLibrary>
{
    private RatingService Ratings => library.Services.GetRequiredService<RatingService>();

    [Fact]
    public async Task SetFavouriteAsync_IsPerUser()
    {
        var (me, other) = (await library.NewUserAsync(), await library.NewUserAsync());
        var opening = await library.TrackIdAsync("Opening");

        var rating = await Ratings.SetFavouriteAsync(me, RatedKind.Track, opening, true);

        Assert.Equal(new ItemRating(true, 0), rating);
        Assert.Equal(new ItemRating(true, 0), await Ratings.GetAsync(me, RatedKind.Track, opening));
        Assert.Equal(ItemRating.None, await Ratings.GetAsync(other, RatedKind.Track, opening));
        // The same id as another kind is another item.
        Assert.Equal(ItemRating.None, await Ratings.GetAsync(me, RatedKind.Album, opening));
    }

    [Fact]
    public async Task SetStarsAsync_KeepsTheHeart_AndZeroClearsOnlyTheStars()
    {
        var me = await library.NewUserAsync();
        var album = await library.AlbumIdAsync("First");
        await Ratings.SetFavouriteAsync(me, RatedKind.Album, album, true);

        Assert.Equal(new ItemRating(true, 4), await Ratings.SetStarsAsync(me, RatedKind.Album, album, 4));
        Assert.Equal(new ItemRating(true, 2), await Ratings.SetStarsAsync(me, RatedKind.Album, album, 2));
        Assert.Equal(new ItemRating(true, 0), await Ratings.SetStarsAsync(me, RatedKind.Album, album, 0));
        Assert.Equal(new ItemRating(true, 0), await Ratings.GetAsync(me, RatedKind.Album, album));
    }

    [Fact]
    public async Task ClearingHeartAndStars_RemovesTheRow()
    {
        var me = await library.NewUserAsync();
        var artist = await library.ArtistIdAsync("Alpha");
        await Ratings.SetStarsAsync(me, RatedKind.Artist, artist, 5);
        await Ratings.SetFavouriteAsync(me, RatedKind.Artist, artist, true);

        await Ratings.SetFavouriteAsync(me, RatedKind.Artist, artist, false);
        Assert.Equal(1, await RowsAsync(me));
        Assert.Equal(ItemRating.None, await Ratings.SetStarsAsync(me, RatedKind.Artist, artist, 0));

        Assert.Equal(0, await RowsAsync(me));
        Assert.Equal(ItemRating.None, await Ratings.SetFavouriteAsync(me, RatedKind.Artist, artist, false));
        Assert.Equal(0, await RowsAsync(me));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task SetStarsAsync_OutsideZeroToFive_IsRefusedAndKeepsTheRating(int stars)
    {
        var me = await library.NewUserAsync();
        var track = await library.TrackIdAsync("Closing");
        await Ratings.SetStarsAsync(me, RatedKind.Track, track, 3);

        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Ratings.SetStarsAsync(me, RatedKind.Track, track, stars));

        Assert.Contains("1 to 5 stars, or 0 to clear it", e.Message);
        Assert.Equal(new ItemRating(false, 3), await Ratings.GetAsync(me, RatedKind.Track, track));
    }

    [Theory]
    [InlineData(RatedKind.Track)]
    [InlineData(RatedKind.Album)]
    [InlineData(RatedKind.Artist)]
    public async Task UnknownItem_IsRefusedAndNothingIsWritten(RatedKind kind)
    {
        var me = await library.NewUserAsync();

        var heart = await Assert.ThrowsAsync<UnknownRatedItemException>(() => Ratings.SetFavouriteAsync(me, kind, 987_654, true));
        await Assert.ThrowsAsync<UnknownRatedItemException>(() => Ratings.SetStarsAsync(me, kind, 987_654, 4));

        Assert.Equal($"There is no {kind.ToString().ToLowerInvariant()} 987654 to rate; it may have been removed from the library.", heart.Message);
        Assert.Equal(0, await RowsAsync(me));
    }

    [Fact]
    public async Task UnknownKind_IsRefused()
    {
        var me = await library.NewUserAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Ratings.SetFavouriteAsync(me, (RatedKind)7, 1, true));
    }

    [Fact]
    public async Task GetManyAsync_ReturnsOnlyRatedItemsOfTheBatch()
    {
        var me = await library.NewUserAsync();
        var (a, b, c) = (await library.TrackIdAsync("Solo"), await library.TrackIdAsync("Duet"), await library.TrackIdAsync("Third"));
        await Ratings.SetFavouriteAsync(me, RatedKind.Track, a, true);
        await Ratings.SetStarsAsync(me, RatedKind.Track, c, 5);

        var ratings = await Ratings.GetManyAsync(me, RatedKind.Track, [a, b, c, a]);

        Assert.Equal(2, ratings.Count);
        Assert.Equal(new ItemRating(true, 0), ratings[a]);
        Assert.Equal(new ItemRating(false, 5), ratings[c]);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Ratings.GetManyAsync(me, RatedKind.Track, Enumerable.Range(1, RatingService.MaxBatch + 1).Select(i => (long)i).ToList()));
    }

    [Fact]
    public async Task Favourites_ListWhatTheUserHearted_InBrowseOrder()
    {
        var (me, other) = (await library.NewUserAsync(), await library.NewUserAsync());
        foreach (var title in new[] { "Summer Hits", "Second", "First" })
            await Ratings.SetFavouriteAsync(me, RatedKind.Album, await library.AlbumIdAsync(title), true);
        await Ratings.SetStarsAsync(me, RatedKind.Album, await library.AlbumIdAsync("Double"), 5); // stars alone are no heart
        foreach (var title in new[] { "Third", "Opening" })
            await Ratings.SetFavouriteAsync(me, RatedKind.Track, await library.TrackIdAsync(title), true);
        await Ratings.SetFavouriteAsync(me, RatedKind.Artist, await library.ArtistIdAsync("gamma"), true);
        await Ratings.SetFavouriteAsync(other, RatedKind.Album, await library.AlbumIdAsync("Double"), true);

        var albums = await Ratings.FavouriteAlbumsAsync(me, null, 2);
        var rest = await Ratings.FavouriteAlbumsAsync(me, albums.Next, 2);

        Assert.Equal(["First", "Second"], albums.Items.Select(a => a.Title));
        Assert.Equal(["Summer Hits"], rest.Items.Select(a => a.Title));
        Assert.Null(rest.Next);
        Assert.Equal(["Opening", "Third"], (await Ratings.FavouriteTracksAsync(me, null, 50)).Items.Select(t => t.Title));
        Assert.Equal(["gamma"], (await Ratings.FavouriteArtistsAsync(me, null, 50)).Items.Select(a => a.Name));
        Assert.Equal(["Double"], (await Ratings.FavouriteAlbumsAsync(other, null, 50)).Items.Select(a => a.Title));
        Assert.Empty((await Ratings.FavouriteTracksAsync(other, null, 50)).Items);
    }

    [Fact]
    public async Task Favourites_UnheartedItemLeavesTheList()
    {
        var me = await library.NewUserAsync();
        var track = await library.TrackIdAsync("Long One");
        await Ratings.SetFavouriteAsync(me, RatedKind.Track, track, true);
        await Ratings.SetStarsAsync(me, RatedKind.Track, track, 4);

        await Ratings.SetFavouriteAsync(me, RatedKind.Track, track, false);

        Assert.Empty((await Ratings.FavouriteTracksAsync(me, null, 50)).Items);
        Assert.Equal(new ItemRating(false, 4), await Ratings.GetAsync(me, RatedKind.Track, track));
    }

    private async Task<int> RowsAsync(string userId)
    {
        await using var db = await library.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();
        return await db.Ratings.CountAsync(r => r.UserId == userId);
    }
}

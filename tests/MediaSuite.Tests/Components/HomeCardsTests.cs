using MediaSuite.Components.Home;
using MediaSuite.Domain.Artwork;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Playback;

namespace MediaSuite.Tests.Components;

public sealed class HomeCardsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static HomeData Data(ContinueItem? resume = null, params RecentItem[] recent) =>
        new(resume, recent, [new AddedAlbum(7, "New", 3, "Artist", At)], [new PlayedAlbum(8, "Top", 4, "Band", 5, At)],
            [new PlayedTrack(90, "Song", "Singer", 5, 9, "Album", 3, At, HasPicture: false)], true, true);

    [Fact]
    public void Map_AlbumCards_LinkToAlbumAndArtist_AndPlayTheAlbum()
    {
        var rows = HomeCards.Map(Data());

        var added = rows.RecentlyAdded.Single();
        Assert.Equal(("New", "/music/albums/7", "Artist", "/music/artists/3"), (added.Title, added.Href, added.Subtitle, added.SubtitleHref));
        Assert.Equal((CardPlay.Album, 7L, "Play New", true), (added.Play, added.Id, added.PlayLabel, added.CanAddToPlaylist));
        Assert.Equal((CoverKind.Album, 8L), rows.MostPlayedAlbums.Single().Cover);
    }

    [Fact]
    public void Map_ATrackWithoutItsOwnPicture_UsesItsAlbumsCover_AndPlaysThroughItsAlbum()
    {
        var rows = HomeCards.Map(Data(null,
            new RecentItem(RecentKind.Track, 11, "Own art", "A", 1, 2, At, HasPicture: true),
            new RecentItem(RecentKind.Track, 12, "Album art", "A", null, 2, At)));

        Assert.Equal([(CoverKind.Track, 11L), (CoverKind.Album, 2L)], rows.RecentlyPlayed.Select(c => c.Cover!.Value));
        Assert.Equal([(CardPlay.Track, 2L), (CardPlay.Track, 2L)], rows.RecentlyPlayed.Select(c => (c.Play, c.AlbumId)));
        Assert.Null(rows.RecentlyPlayed[1].SubtitleHref);
        Assert.Equal((CoverKind.Album, 9L), rows.MostPlayedTracks.Single().Cover);
    }

    [Fact]
    public void Map_APlaylist_LinksToItsPage_WithItsFirstTrackAsCover_OrAnIcon()
    {
        var rows = HomeCards.Map(Data(null,
            new RecentItem(RecentKind.Playlist, 4, "Mix", "Playlist · 2 tracks", null, null, At, CoverTrackId: 40),
            new RecentItem(RecentKind.Playlist, 5, "Empty", "Playlist · 0 tracks", null, null, At)));

        Assert.Equal(("/music/playlists/4", CardPlay.Playlist, (CoverKind.Track, 40L)), (rows.RecentlyPlayed[0].Href, rows.RecentlyPlayed[0].Play, rows.RecentlyPlayed[0].Cover!.Value));
        Assert.Equal(((CoverKind, long)?)null, rows.RecentlyPlayed[1].Cover);
        Assert.Equal("queue_music", rows.RecentlyPlayed[1].Icon);
        Assert.False(rows.RecentlyPlayed[0].CanAddToPlaylist);
    }

    [Theory]
    [InlineData(ContextKind.Album, "12", "/music/albums/12")]
    [InlineData(ContextKind.Playlist, "3", "/music/playlists/3")]
    [InlineData(ContextKind.Artist, "5", "/music/artists/5")]
    [InlineData(ContextKind.Search, "polar", null)]
    public void Map_Continue_SaysWhereItPlaysFrom_AndResumes(ContextKind kind, string id, string? href)
    {
        var resume = new ContinueItem(100, "Polar Night", "Aurora Band", 12, "Northern Lights", new ContextLabel(kind, id, "Somewhere"), 30_000, 120_000, 2);

        var card = HomeCards.Map(Data(resume)).Continue!;

        Assert.Equal(("From Somewhere", href, CardPlay.Resume, "Resume Polar Night"), (card.Subtitle, card.SubtitleHref, card.Play, card.PlayLabel));
        Assert.Equal(0.25, card.Progress);
        Assert.Equal((CoverKind.Album, 12L), card.Cover);
    }

    [Fact]
    public void Map_ContinueWithoutAContext_ShowsTheArtist_AndNoProgressWithoutADuration()
    {
        var card = HomeCards.Map(Data(new ContinueItem(100, "Polar Night", "Aurora Band", 12, "Northern Lights", null, 0, null, 0))).Continue!;

        Assert.Equal(("Aurora Band", (double?)null), (card.Subtitle, card.Progress));
    }
}

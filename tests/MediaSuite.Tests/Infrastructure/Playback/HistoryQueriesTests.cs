using MediaSuite.Domain.Library;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Playback;
using MediaSuite.Tests.Infrastructure.Music;

namespace MediaSuite.Tests.Infrastructure.Playback;

/// <summary>Recently played and most played, from listens written straight into a real database; every test has its own user.</summary>
public sealed class HistoryQueriesTests(MusicFixture music) : IClassFixture<MusicFixture>
{
    private HistoryQueries History => music.Get<HistoryQueries>();
    private static DateTimeOffset Now => MusicFixture.Start;
    private static DateTimeOffset Ago(int minutes) => Now.AddMinutes(-minutes);

    private Task<TestAlbum> AlbumAsync(params string[] titles) => music.AlbumAsync($"Artist {music.Unique()}", $"Album {music.Unique()}", titles);

    [Fact]
    public async Task RecentlyPlayed_DistinctItemsNewestFirst_AlbumsAndPlaylistsByTheirContext()
    {
        var user = await music.UserAsync();
        var loose = await AlbumAsync("Loose");
        var album = await AlbumAsync("One", "Two");
        var listed = await AlbumAsync("Listed");
        var playlist = await music.Get<PlaylistService>().CreateAsync(user, "Evening");
        await music.ListenAsync(user, loose.TrackIds[0], Ago(50));
        await music.ListenAsync(user, album.TrackIds[0], Ago(40), ContextKind.Album, album.Id.ToString());
        await music.ListenAsync(user, album.TrackIds[1], Ago(30), ContextKind.Album, album.Id.ToString());
        await music.ListenAsync(user, loose.TrackIds[0], Ago(20));
        await music.ListenAsync(user, listed.TrackIds[0], Ago(10), ContextKind.Playlist, playlist.Id.ToString());

        var recent = await History.RecentlyPlayedAsync(user, 10);

        Assert.Equal(
            [(RecentKind.Playlist, playlist.Id, Ago(10)), (RecentKind.Track, loose.TrackIds[0], Ago(20)), (RecentKind.Album, album.Id, Ago(30))],
            recent.Select(r => (r.Kind, r.Id, r.LastPlayedAt)));
        Assert.Equal(("Evening", "Playlist · 0 tracks"), (recent[0].Title, recent[0].Subtitle));
        Assert.Equal(("Loose", (long?)loose.Id, (long?)loose.ArtistId), (recent[1].Title, recent[1].AlbumId, recent[1].ArtistId));
        Assert.Equal((album.ArtistId, album.Id), (recent[2].ArtistId!.Value, recent[2].AlbumId!.Value));
    }

    [Fact]
    public async Task RecentlyPlayed_ArtistGenreAndSearchContexts_ShowTheTrack()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("A", "B", "C");
        await music.ListenAsync(user, album.TrackIds[0], Ago(3), ContextKind.Artist, album.ArtistId.ToString());
        await music.ListenAsync(user, album.TrackIds[1], Ago(2), ContextKind.Genre, "Jazz");
        await music.ListenAsync(user, album.TrackIds[2], Ago(1), ContextKind.Search, "c");

        var recent = await History.RecentlyPlayedAsync(user, 10);

        Assert.Equal(album.TrackIds.Reverse(), recent.Select(r => r.Id));
        Assert.All(recent, r => Assert.Equal(RecentKind.Track, r.Kind));
    }

    [Fact]
    public async Task RecentlyPlayed_ADeletedOrSomeoneElsesPlaylist_ShowsTheTrackInstead()
    {
        var (user, other) = (await music.UserAsync(), await music.UserAsync());
        var album = await AlbumAsync("Kept", "Theirs");
        var playlists = music.Get<PlaylistService>();
        var gone = await playlists.CreateAsync(user, "Gone");
        var theirs = await playlists.CreateAsync(other, "Theirs");
        await music.ListenAsync(user, album.TrackIds[0], Ago(2), ContextKind.Playlist, gone.Id.ToString());
        await music.ListenAsync(user, album.TrackIds[1], Ago(1), ContextKind.Playlist, theirs.Id.ToString());
        await playlists.DeleteAsync(user, gone.Id);

        var recent = await History.RecentlyPlayedAsync(user, 10);

        Assert.Equal([(RecentKind.Track, album.TrackIds[1]), (RecentKind.Track, album.TrackIds[0])], recent.Select(r => (r.Kind, r.Id)));
    }

    [Fact]
    public async Task RecentlyPlayed_OnlyVisibleTracks_AndOnlyThisUsersListens()
    {
        var (user, other) = (await music.UserAsync(), await music.UserAsync());
        var visible = await AlbumAsync("Seen");
        var missing = await AlbumAsync("Missing");
        var off = await music.AlbumAsync("Off", $"Disabled {music.Unique()}", ["Hidden"], libraryId: await music.LibraryAsync(enabled: false));
        var others = await AlbumAsync("Not mine");
        await music.ListenAsync(user, visible.TrackIds[0], Ago(4));
        await music.ListenAsync(user, missing.TrackIds[0], Ago(3));
        await music.ListenAsync(user, off.TrackIds[0], Ago(2), ContextKind.Album, off.Id.ToString());
        await music.ListenAsync(other, others.TrackIds[0], Ago(1));
        await music.SetFileStateAsync(missing.TrackIds[0], FileState.Missing);

        var recent = await History.RecentlyPlayedAsync(user, 10);

        Assert.Equal([visible.TrackIds[0]], recent.Select(r => r.Id));
    }

    [Fact]
    public async Task RecentlyPlayed_StopsAtTheCount()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("1", "2", "3", "4", "5");
        for (var i = 0; i < 5; i++) await music.ListenAsync(user, album.TrackIds[i], Ago(10 - i));

        var recent = await History.RecentlyPlayedAsync(user, 3);

        Assert.Equal(album.TrackIds.Skip(2).Reverse(), recent.Select(r => r.Id));
    }

    [Fact]
    public async Task RecentlyPlayed_FindsOlderItemsBehindHundredsOfListensOfOneAlbum()
    {
        var user = await music.UserAsync();
        var binge = await AlbumAsync("Loop");
        var older = await AlbumAsync("Before");
        await music.ListenAsync(user, older.TrackIds[0], Ago(5000));
        for (var i = 0; i < 1200; i++) await music.ListenAsync(user, binge.TrackIds[0], Ago(1200 - i), ContextKind.Album, binge.Id.ToString());

        var recent = await History.RecentlyPlayedAsync(user, 10);

        Assert.Equal([(RecentKind.Album, binge.Id), (RecentKind.Track, older.TrackIds[0])], recent.Select(r => (r.Kind, r.Id)));
    }

    [Fact]
    public async Task RecentlyPlayed_PlaylistCardCountsItsTracksAndCoversWithTheFirst()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("x", "y");
        var playlists = music.Get<PlaylistService>();
        var playlist = await playlists.CreateAsync(user, "Two");
        await playlists.AddTracksAsync(user, playlist.Id, [album.TrackIds[1], album.TrackIds[0]]);
        await music.ListenAsync(user, album.TrackIds[1], Ago(1), ContextKind.Playlist, playlist.Id.ToString());

        var item = (await History.RecentlyPlayedAsync(user, 10)).Single();

        Assert.Equal(("Playlist · 2 tracks", album.TrackIds[1]), (item.Subtitle, item.CoverTrackId!.Value));
    }

    [Fact]
    public async Task MostPlayed_CountsPlaysInTheWindowOnly_MostFirst()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("Often", "Sometimes", "Long ago", "Skipped");
        var since = Now - TimeSpan.FromDays(30);
        for (var i = 0; i < 3; i++) await music.ListenAsync(user, album.TrackIds[0], since.AddDays(1 + i));
        await music.ListenAsync(user, album.TrackIds[1], Ago(5));
        for (var i = 0; i < 5; i++) await music.ListenAsync(user, album.TrackIds[2], since.AddMinutes(-1 - i));
        for (var i = 0; i < 5; i++) await music.ListenAsync(user, album.TrackIds[3], Ago(10 + i), countsAsPlay: false, skipped: true);

        var tracks = await History.MostPlayedTracksAsync(user, since, 10);

        Assert.Equal([("Often", 3), ("Sometimes", 1)], tracks.Select(t => (t.Title, t.Plays)));
        Assert.Equal(since.AddDays(3), tracks[0].LastPlayedAt);
    }

    [Fact]
    public async Task MostPlayed_TiesGoToTheMoreRecent()
    {
        var user = await music.UserAsync();
        var album = await AlbumAsync("Earlier", "Later");
        await music.ListenAsync(user, album.TrackIds[0], Ago(20));
        await music.ListenAsync(user, album.TrackIds[1], Ago(10));

        var tracks = await History.MostPlayedTracksAsync(user, Now.AddDays(-30), 10);

        Assert.Equal(["Later", "Earlier"], tracks.Select(t => t.Title));
    }

    [Fact]
    public async Task MostPlayedAlbums_SumTheirTracksPlaysFromAnyContext_VisibleOnly_PerUser()
    {
        var (user, other) = (await music.UserAsync(), await music.UserAsync());
        var big = await AlbumAsync("a", "b", "c");
        var small = await AlbumAsync("d");
        var hidden = await AlbumAsync("e");
        foreach (var track in big.TrackIds) await music.ListenAsync(user, track, Ago(30));
        await music.ListenAsync(user, small.TrackIds[0], Ago(20), ContextKind.Playlist, "1");
        await music.ListenAsync(user, small.TrackIds[0], Ago(10));
        for (var i = 0; i < 9; i++) await music.ListenAsync(user, hidden.TrackIds[0], Ago(5));
        for (var i = 0; i < 9; i++) await music.ListenAsync(other, small.TrackIds[0], Ago(5));
        await music.SetFileStateAsync(hidden.TrackIds[0], FileState.Missing);

        var albums = await History.MostPlayedAlbumsAsync(user, Now.AddDays(-30), 10);

        Assert.Equal([(big.Id, 3), (small.Id, 2)], albums.Select(a => (a.AlbumId, a.Plays)));
        Assert.Equal(big.ArtistId, albums[0].AlbumArtistId);
    }

    [Fact]
    public async Task MostPlayed_WhenTheLeadersCannotBePlayed_TheNextOnesStillFillTheRow()
    {
        var user = await music.UserAsync();
        var gone = new List<TestAlbum>();
        for (var a = 0; a < 5; a++)
        {
            var album = await AlbumAsync($"Gone {a}");
            for (var i = 0; i < 10 - a; i++) await music.ListenAsync(user, album.TrackIds[0], Ago(100 + i));
            gone.Add(album);
        }
        var kept = await AlbumAsync("Kept");
        await music.ListenAsync(user, kept.TrackIds[0], Ago(50));
        foreach (var album in gone) await music.SetFileStateAsync(album.TrackIds[0], FileState.Missing);

        var tracks = await History.MostPlayedTracksAsync(user, Now.AddDays(-30), 1);
        var albums = await History.MostPlayedAlbumsAsync(user, Now.AddDays(-30), 1);

        Assert.Equal([kept.TrackIds[0]], tracks.Select(t => t.TrackId));
        Assert.Equal([kept.Id], albums.Select(a => a.AlbumId));
    }
}

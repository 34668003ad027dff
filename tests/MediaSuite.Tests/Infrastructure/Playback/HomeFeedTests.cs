using MediaSuite.Domain.Library;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Playback;
using MediaSuite.Tests.Infrastructure.Music;

namespace MediaSuite.Tests.Infrastructure.Playback;

/// <summary>Home's data for a user: Continue from the saved player, recently added albums, and the rows from history.</summary>
public sealed class HomeFeedTests(MusicFixture music) : IClassFixture<MusicFixture>
{
    private HomeFeed Feed => music.Get<HomeFeed>();
    private PlaybackSessions Sessions => music.Get<PlaybackSessions>();

    private static PlaybackContext AlbumContext(TestAlbum album, string name) => new(ContextKind.Album, album.Id.ToString(), name, [.. album.TrackIds]);

    [Fact]
    public async Task Continue_IsTheSavedCurrentTrackWithItsContextAndPosition()
    {
        var user = await music.UserAsync();
        var album = await music.AlbumAsync("Cont", $"Resume {music.Unique()}", ["First", "Second", "Third"]);
        await Sessions.ApplyAsync(user, new QueueCommand.Play(AlbumContext(album, "Resume me"), 1, 1));
        await Sessions.ApplyAsync(user, new QueueCommand.Pause(42_000));

        var item = (await Feed.ContinueAsync(user))!;

        Assert.Equal((album.TrackIds[1], "Second", album.Id, 42_000L, 1), (item.TrackId, item.Title, item.AlbumId, item.PositionMs, item.UpcomingCount));
        Assert.Equal(new ContextLabel(ContextKind.Album, album.Id.ToString(), "Resume me"), item.PlayingFrom);
    }

    [Fact]
    public async Task Continue_NothingSaved_IsNull()
    {
        Assert.Null(await Feed.ContinueAsync(await music.UserAsync()));
    }

    [Fact]
    public async Task Continue_ACurrentTrackThatCannotBePlayedAnyMore_IsNull()
    {
        var user = await music.UserAsync();
        var album = await music.AlbumAsync("Cont", $"Vanish {music.Unique()}", ["Only"]);
        await Sessions.ApplyAsync(user, new QueueCommand.Play(AlbumContext(album, "Vanish"), 0, 1));
        await music.SetFileStateAsync(album.TrackIds[0], FileState.Missing);

        Assert.Null(await Feed.ContinueAsync(user));
    }

    [Fact]
    public async Task LoadAsync_RecentlyAdded_NewestVisibleAlbumsFirst_ForEveryUser()
    {
        var user = await music.UserAsync();
        var older = await music.AlbumAsync("Add", $"Older {music.Unique()}", ["x"], addedAt: MusicFixture.Start.AddDays(1));
        var hidden = await music.AlbumAsync("Add", $"Hidden {music.Unique()}", ["y"], addedAt: MusicFixture.Start.AddDays(3), missing: true);
        var newer = await music.AlbumAsync("Add", $"Newer {music.Unique()}", ["z"], addedAt: MusicFixture.Start.AddDays(2));

        var home = await Feed.LoadAsync(user);

        Assert.Equal([newer.Id, older.Id], home.RecentlyAdded.Take(2).Select(a => a.Id));
        Assert.DoesNotContain(hidden.Id, home.RecentlyAdded.Select(a => a.Id));
        Assert.True(home.HasLibrary && home.HasMusic);
        Assert.Empty(home.RecentlyPlayed);
    }

    [Fact]
    public async Task LoadAsync_MostPlayedLately_IsTheLast30Days()
    {
        var user = await music.UserAsync();
        var album = await music.AlbumAsync("Most", $"Played {music.Unique()}", ["Recent", "Old"]);
        var now = music.Clock.GetUtcNow();
        await music.ListenAsync(user, album.TrackIds[0], now.AddDays(-29));
        await music.ListenAsync(user, album.TrackIds[1], now.AddDays(-31));

        var home = await Feed.LoadAsync(user);

        Assert.Equal([album.TrackIds[0]], home.MostPlayedTracks.Select(t => t.TrackId));
        Assert.Equal([(album.Id, 1)], home.MostPlayedAlbums.Select(a => (a.AlbumId, a.Plays)));
        Assert.Equal([album.TrackIds[0], album.TrackIds[1]], home.RecentlyPlayed.Select(r => r.Id));
    }
}

/// <summary>A library with nothing playable in it: Home says so and radio has nothing to offer.</summary>
public sealed class EmptyLibraryTests(MusicFixture music) : IClassFixture<MusicFixture>
{
    [Fact]
    public async Task Home_HasALibraryButNoMusic_AndNoRows()
    {
        var home = await music.Get<HomeFeed>().LoadAsync(await music.UserAsync());

        Assert.Equal((true, false, null), (home.HasLibrary, home.HasMusic, home.Continue));
        Assert.Empty(home.RecentlyAdded);
    }

    [Fact]
    public void Radio_RecommendsNothing()
    {
        var radio = music.Get<IRadioSource>();

        Assert.Empty(radio.Recommend(new RadioRequest([1, 2, 3], new HashSet<long>(), 10)));
    }
}

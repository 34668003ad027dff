using MediaSuite.Domain.Playback;
using static MediaSuite.Tests.Domain.Playback.Contexts;

namespace MediaSuite.Tests.Domain.Playback;

public class ContextPlaybackTests
{
    [Fact]
    public void Play_WithStartIndex_PlaysThatTrackThenTheRestInOrder()
    {
        var player = new Player().Play(Numbered(5), start: 2);

        Assert.Equal(3, player.Current);
        Assert.True(player.State.IsPlaying);
        Assert.Equal(0, player.State.PositionMs);
        Assert.Equal([4, 5], player.Upcoming);
    }

    [Fact]
    public void Play_WithoutStartIndex_StartsAtTheFirstTrack()
    {
        var player = new Player().Play(Album(42, 17, 99));

        Assert.Equal(42, player.Current);
        Assert.Equal([17, 99], player.Upcoming);
    }

    [Fact]
    public void Play_EmptyContext_IsRefusedNamingIt()
    {
        var error = Assert.Throws<QueueException>(() => new Player().Play(Playlist()));

        Assert.Equal(QueueProblem.EmptyContext, error.Problem);
        Assert.Equal("\"Road trip\" has no tracks to play.", error.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Play_StartIndexOutsideContext_IsRefused(int start)
    {
        var player = new Player();

        var error = Assert.Throws<QueueException>(() => player.Play(Numbered(3), start));

        Assert.Equal(QueueProblem.StartOutsideContext, error.Problem);
        Assert.Contains("has 3 tracks", error.Message);
        Assert.Same(PlaybackState.Empty, player.State);
    }

    [Fact]
    public void TrackEnded_ThroughTheWholeAlbum_PlaysEveryTrackInOrderOnce()
    {
        var player = new Player().Play(Numbered(4));

        Assert.Equal([2, 3, 4], player.EndTracks(3));
        Assert.Equal([1, 2, 3], player.State.History.Select(h => h.TrackId));
    }

    [Fact]
    public void TrackEnded_LastTrackWithNothingAfterIt_PausesAtTheStartOfThatTrack()
    {
        var player = new Player().Play(Numbered(2)).Next();
        player.Do(new QueueCommand.SetPosition(180_000));

        player.Ended();

        Assert.Equal(2, player.Current);
        Assert.False(player.State.IsPlaying);
        Assert.Equal(0, player.State.PositionMs);
    }

    [Fact]
    public void Next_ByUserWithNothingLeft_ChangesNothing()
    {
        var player = new Player().Play(Numbered(1));
        var before = player.State;

        player.Next();

        Assert.Same(before, player.State);
    }

    [Fact]
    public void Next_ByUserWhilePaused_MovesOnAndStaysPaused()
    {
        var player = new Player().Play(Numbered(3)).Do(new QueueCommand.Pause(5_000));

        player.Next();

        Assert.Equal(2, player.Current);
        Assert.False(player.State.IsPlaying);
        Assert.Equal(0, player.State.PositionMs);
    }

    [Fact]
    public void Next_NotUserInitiated_BehavesLikeTrackEnded()
    {
        var player = new Player().Play(Numbered(3)).Repeat(RepeatMode.One);

        player.Do(new QueueCommand.Next(UserInitiated: false));

        Assert.Equal(1, player.Current);
    }

    [Fact]
    public void Playlist_WithTheSameTrackTwice_PlaysBothAsSeparateItems()
    {
        var player = new Player().Play(Playlist(5, 6, 5));

        var upcoming = player.View.Upcoming;
        Assert.Equal([6, 5], upcoming.Select(i => i.TrackId));
        Assert.NotEqual(player.State.Current!.Id, upcoming[1].ItemId);
        Assert.Equal([6, 5], player.EndTracks(2));
    }

    [Fact]
    public void View_WhilePlayingAContext_SaysWhereItPlaysFrom()
    {
        var view = new Player().Play(Album(1, 2)).View;

        Assert.Equal(new ContextLabel(ContextKind.Album, "album-7", "Abbey Road"), view.PlayingFrom);
        Assert.Equal(QueueSource.Context, view.NowPlaying!.Source);
        Assert.Equal(1, view.NowPlaying.TrackId);
    }
}

using MediaSuite.Domain.Playback;
using static MediaSuite.Tests.Domain.Playback.Contexts;

namespace MediaSuite.Tests.Domain.Playback;

public class PreviousTests
{
    [Fact]
    public void Previous_MoreThanThreeSecondsIn_RestartsTheTrack()
    {
        var player = new Player().Play(Numbered(3)).Next();
        var item = player.State.Current;

        player.Previous(3_001);

        Assert.Same(item, player.State.Current);
        Assert.Equal(0, player.State.PositionMs);
        Assert.Single(player.State.History);
    }

    [Fact]
    public void Previous_ExactlyThreeSecondsIn_GoesBack()
    {
        var player = new Player().Play(Numbered(3)).Next();

        Assert.Equal(1, player.Previous(3_000).Current);
    }

    [Fact]
    public void Previous_AtTheVeryFirstTrack_RestartsIt()
    {
        var player = new Player().Play(Numbered(3));
        player.Do(new QueueCommand.SetPosition(2_000));
        var revision = player.State.Revision;

        player.Previous(2_000);

        Assert.Equal(1, player.Current);
        Assert.Equal(0, player.State.PositionMs);
        Assert.Equal([2, 3], player.Upcoming);
        Assert.Equal(revision + 1, player.State.Revision);
    }

    [Fact]
    public void Previous_WithNothingPlaying_ChangesNothing()
    {
        var player = new Player();

        player.Previous(0);

        Assert.Same(PlaybackState.Empty, player.State);
    }

    [Fact]
    public void Previous_InsideTheContext_GoesBackAndNextReturnsToWhereItWas()
    {
        var player = new Player().Play(Numbered(4)).Next().Next();

        Assert.Equal(2, player.Previous().Current);
        Assert.Equal([3, 4], player.Upcoming);
        Assert.Equal([3, 4], player.EndTracks(2));
    }

    [Fact]
    public void Previous_IntoAPlayedQueueItem_TreatsItAsHistory()
    {
        var player = new Player().Play(Numbered(4)).Add(90).Next().Next();
        Assert.Equal(2, player.Current);

        Assert.Equal(90, player.Previous().Current);
        Assert.Equal(1, player.Previous().Current);
        Assert.Equal([90, 2, 3, 4], player.Upcoming);
        Assert.Equal([90, 2, 3], player.EndTracks(3));
    }

    [Fact]
    public void Previous_AfterShuffledPlay_GoesBackToTheTrackThatActuallyPlayed()
    {
        var player = new Player().Shuffle(true).Play(Numbered(8), start: 0, seed: 21);
        var second = player.Next().Current;
        var third = player.Next().Current;

        Assert.Equal(second, player.Previous().Current);
        Assert.Equal(third, player.Next().Current);
    }

    [Fact]
    public void Previous_AcrossARepeatRound_GoesBackToTheEndOfTheLastRound()
    {
        var player = new Player().Repeat(RepeatMode.All).Play(Album(1, 2));
        player.EndTracks(2);
        Assert.Equal(1, player.Current);

        Assert.Equal(2, player.Previous().Current);
        Assert.Equal([1, 2, 1], player.EndTracks(3));
    }

    [Fact]
    public void Previous_IntoAnEarlierContext_ComesBackToTheNewContextOnNext()
    {
        var player = new Player().Play(Album(1, 2, 3)).Next().Play(Playlist(21, 22));

        Assert.Equal(2, player.Previous().Current);
        Assert.Equal(1, player.Previous().Current);
        Assert.Equal([2, 21, 22], player.Upcoming);
        Assert.Equal([QueueSource.Queue, QueueSource.Context, QueueSource.Context], player.UpcomingSources);
        Assert.Equal([2, 21, 22], player.EndTracks(3));
    }

    [Fact]
    public void Previous_FromARadioTrack_PutsItBackAtTheFrontOfTheRadio()
    {
        var player = new Player(new FakeRadio(50, 51)).Play(Numbered(1)).Next().Next();
        Assert.Equal(51, player.Current);

        Assert.Equal(50, player.Previous().Current);
        Assert.Equal([51], player.Upcoming);
        Assert.Equal([QueueSource.Radio], player.UpcomingSources);
    }

    [Fact]
    public void Previous_WhilePaused_StaysPaused()
    {
        var player = new Player().Play(Numbered(3)).Next().Do(new QueueCommand.Pause(1_000));

        player.Previous(1_000);

        Assert.Equal(1, player.Current);
        Assert.False(player.State.IsPlaying);
    }

    [Fact]
    public void Previous_NegativePosition_IsRefused()
    {
        var player = new Player().Play(Numbered(3));

        var error = Assert.Throws<QueueException>(() => player.Previous(-5));

        Assert.Equal(QueueProblem.NegativePosition, error.Problem);
    }

    [Fact]
    public void Previous_ThenShuffleOff_ResumesFromTheTrackNowPlaying()
    {
        var player = new Player().Shuffle(true).Play(Numbered(6), start: 1, seed: 2).Next();

        player.Previous().Shuffle(false);

        Assert.Equal(2, player.Current);
        Assert.Equal([3, 4, 5, 6], player.Upcoming);
    }
}

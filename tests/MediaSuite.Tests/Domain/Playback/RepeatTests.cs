using MediaSuite.Domain.Playback;
using static MediaSuite.Tests.Domain.Playback.Contexts;

namespace MediaSuite.Tests.Domain.Playback;

public class RepeatTests
{
    [Fact]
    public void TrackEnded_RepeatOne_ReplaysTheSameItemFromTheStart()
    {
        var player = new Player().Play(Numbered(3)).Repeat(RepeatMode.One);
        player.Do(new QueueCommand.SetPosition(200_000));
        var item = player.State.Current;

        player.Ended().Ended();

        Assert.Same(item, player.State.Current);
        Assert.Equal(0, player.State.PositionMs);
        Assert.True(player.State.IsPlaying);
        Assert.Empty(player.State.History);
        Assert.Equal([2, 3], player.Upcoming);
    }

    [Fact]
    public void Next_ByUserUnderRepeatOne_SkipsToTheNextTrackAndKeepsRepeatOne()
    {
        var player = new Player().Play(Numbered(3)).Repeat(RepeatMode.One);

        player.Next();

        Assert.Equal(2, player.Current);
        Assert.Equal(RepeatMode.One, player.State.Repeat);
        Assert.Equal(2, player.Ended().Current);
    }

    [Fact]
    public void Next_ByUserUnderRepeatOneOnTheLastTrack_WrapsToTheStartOfTheContext()
    {
        var radio = new FakeRadio(50, 51);
        var player = new Player(radio).Repeat(RepeatMode.One).Play(Numbered(3), start: 2);

        player.Next();

        Assert.Equal(1, player.Current);
        Assert.Empty(radio.Requests);
    }

    [Fact]
    public void RepeatOne_OnAQueuedTrack_ReplaysItToo()
    {
        var player = new Player().Play(Numbered(3)).Add(90).Next().Repeat(RepeatMode.One);

        Assert.Equal(90, player.Ended().Current);
        Assert.Equal([2, 3], player.Upcoming);
    }

    [Fact]
    public void TrackEnded_RepeatAllAtTheEnd_WrapsToTheFirstTrack()
    {
        var player = new Player().Repeat(RepeatMode.All).Play(Numbered(3));

        Assert.Equal([2, 3, 1, 2, 3, 1], player.EndTracks(6));
    }

    [Fact]
    public void RepeatAll_StartedMidAlbum_FinishesTheAlbumThenWrapsToTrackOne()
    {
        var player = new Player().Repeat(RepeatMode.All).Play(Numbered(4), start: 2);

        Assert.Equal([4, 1, 2, 3, 4], player.EndTracks(5));
    }

    [Fact]
    public void RepeatAll_ContextOfOneTrack_ReplaysItWithoutAskingForRadio()
    {
        var radio = new FakeRadio(50);
        var player = new Player(radio).Repeat(RepeatMode.All).Play(Album(42));

        Assert.Equal([42, 42, 42], player.EndTracks(3));
        Assert.True(player.State.IsPlaying);
        Assert.Equal(3, player.State.History.Length);
        Assert.Empty(radio.Requests);
        Assert.Equal(42, player.Next().Current);
    }

    [Fact]
    public void SetRepeat_AllWhileRadioIsWaiting_DropsTheRadioAndWraps()
    {
        var player = new Player(new FakeRadio(50, 51)).Play(Numbered(2)).Next();
        Assert.Equal([QueueSource.Radio, QueueSource.Radio], player.UpcomingSources);

        player.Repeat(RepeatMode.All);

        Assert.Empty(player.Upcoming);
        Assert.Equal(1, player.Ended().Current);
    }

    [Fact]
    public void RepeatAll_PersonalQueueStillPlaysBeforeTheWrap()
    {
        var player = new Player().Repeat(RepeatMode.All).Play(Numbered(2), start: 1).Add(90);

        Assert.Equal([90, 1, 2], player.EndTracks(3));
    }

    [Fact]
    public void SetRepeat_SameMode_ChangesNothing()
    {
        var player = new Player().Play(Numbered(2));
        var before = player.State;

        player.Repeat(RepeatMode.Off);

        Assert.Same(before, player.State);
    }
}

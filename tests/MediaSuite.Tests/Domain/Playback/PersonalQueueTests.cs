using MediaSuite.Domain.Playback;
using static MediaSuite.Tests.Domain.Playback.Contexts;

namespace MediaSuite.Tests.Domain.Playback;

public class PersonalQueueTests
{
    [Fact]
    public void AddToQueue_WhileContextPlays_PlaysBeforeTheRestOfTheContext()
    {
        var player = new Player().Play(Numbered(5), start: 1).Add(90);

        Assert.Equal(90, player.Next().Current);
        Assert.Equal(QueueSource.Queue, player.State.Current!.Source);
        Assert.Equal(3, player.Next().Current);
    }

    [Fact]
    public void AddToQueue_SeveralTimes_PlaysInTheOrderAdded()
    {
        var player = new Player().Play(Numbered(3)).Add(90).Add(91, 92);

        Assert.Equal([90, 91, 92, 2, 3], player.Upcoming);
    }

    [Fact]
    public void PlayNext_WithAddedItemsWaiting_GoesBeforeThem()
    {
        var player = new Player().Play(Numbered(3)).Add(90).PlayNext(80);

        Assert.Equal([80, 90, 2, 3], player.Upcoming);
    }

    [Fact]
    public void PlayNext_Repeatedly_GoesAfterEarlierPlayNextItemsInOrder()
    {
        var player = new Player().Play(Numbered(2)).PlayNext(80).Add(90).PlayNext(81).PlayNext(82);

        Assert.Equal([80, 81, 82, 90, 2], player.Upcoming);
        Assert.Equal(3, player.State.PlayNextCount);
    }

    [Fact]
    public void PlayNext_AfterEarlierPlayNextItemPlayed_GoesAfterTheOnesStillWaiting()
    {
        var player = new Player().Play(Numbered(2)).PlayNext(80, 81).Add(90).Next();
        Assert.Equal(80, player.Current);

        player.PlayNext(82);

        Assert.Equal([81, 82, 90, 2], player.Upcoming);
    }

    [Fact]
    public void AddToQueue_AnAlbumAcrossTwoDiscs_KeepsTheGivenDiscAndTrackOrder()
    {
        // Ids are not sorted: disc 1 was ingested after disc 2, so only the caller's order is right.
        long[] album = [512, 513, 514, 101, 102, 103];

        var player = new Player().Play(Numbered(1)).Add(album);

        Assert.Equal(album, player.Upcoming);
        Assert.Equal(album, player.EndTracks(6));
    }

    [Fact]
    public void PlayNext_APlaylist_StaysOneBlockInItsOwnOrderAfterEarlierPlayNextItems()
    {
        var player = new Player().Play(Numbered(1)).PlayNext(70).Add(90).PlayNext(305, 12, 77);

        Assert.Equal([70, 305, 12, 77, 90], player.Upcoming);
    }

    [Fact]
    public void AddToQueue_SameTrackTwice_BecomesTwoItemsWithTheirOwnIds()
    {
        var player = new Player().Play(Numbered(1)).Add(90, 90);

        var items = player.View.Upcoming;
        Assert.Equal([90, 90], items.Select(i => i.TrackId));
        Assert.NotEqual(items[0].ItemId, items[1].ItemId);
    }

    [Fact]
    public void AddToQueue_NoTracks_IsRefusedWithASentence()
    {
        var player = new Player().Play(Numbered(2));

        var error = Assert.Throws<QueueException>(() => player.Add());
        Assert.Equal(QueueProblem.NoTracks, error.Problem);
        Assert.Equal("There are no tracks to add to the queue.", error.Message);
        Assert.Throws<QueueException>(() => player.PlayNext());
    }

    [Fact]
    public void AddToQueue_WithNothingPlaying_WaitsAndResumeStartsIt()
    {
        var player = new Player().Add(90, 91);
        Assert.Null(player.Current);
        Assert.Equal([90, 91], player.Upcoming);

        player.Do(new QueueCommand.Resume());

        Assert.Equal(90, player.Current);
        Assert.True(player.State.IsPlaying);
        Assert.Equal([91], player.Upcoming);
    }

    [Fact]
    public void Play_AnotherContext_KeepsThePersonalQueueRightAfterTheChosenTrack()
    {
        var player = new Player().Play(Numbered(3)).Add(90);

        player.Play(Album(21, 22, 23), start: 0);

        Assert.Equal(21, player.Current);
        Assert.Equal([90, 22, 23], player.Upcoming);
    }

    [Fact]
    public void PersonalQueue_Emptied_ContextContinuesFromTheTrackAfterTheOneThatWasPlaying()
    {
        var player = new Player().Play(Numbered(6), start: 2).PlayNext(80).Add(90, 91);

        Assert.Equal([80, 90, 91, 4, 5, 6], player.EndTracks(6));
    }
}

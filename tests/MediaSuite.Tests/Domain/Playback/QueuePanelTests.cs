using MediaSuite.Domain.Playback;
using static MediaSuite.Tests.Domain.Playback.Contexts;

namespace MediaSuite.Tests.Domain.Playback;

public class QueuePanelTests
{
    [Fact]
    public void View_ListsQueueThenContextThenRadio_EachLabelledWithItsSource()
    {
        // On the last album track radio is already lined up; going back puts that track before it again.
        var player = new Player(new FakeRadio(50)).Play(Numbered(2)).Next().PlayNext(80).Previous();

        var view = player.View;

        Assert.Equal([80, 2, 50], view.Upcoming.Select(i => i.TrackId));
        Assert.Equal([QueueSource.Queue, QueueSource.Context, QueueSource.Radio], view.Upcoming.Select(i => i.Source));
        Assert.Equal(new QueueViewItem(player.State.Current!.Id, 1, QueueSource.Context), view.NowPlaying);
        Assert.Equal(3, view.UpcomingCount);
    }

    [Fact]
    public void View_WithALimit_ListsThatManyButCountsAll()
    {
        var player = new Player().Play(Numbered(500)).Add(90);

        var view = QueueView.Of(player.State, limit: 10);

        Assert.Equal(10, view.Upcoming.Length);
        Assert.Equal(500, view.UpcomingCount);
        Assert.Equal(90, view.Upcoming[0].TrackId);
    }

    [Fact]
    public void Move_WithinThePersonalQueue_Reorders()
    {
        var player = new Player().Play(Numbered(2)).Add(90, 91, 92);

        player.Do(new QueueCommand.Move(player.ItemOf(92), 0));

        Assert.Equal([92, 90, 91, 2], player.Upcoming);
    }

    [Fact]
    public void Move_PastTheEnd_PutsTheItemLastInItsSection()
    {
        var player = new Player().Play(Numbered(4)).Add(90, 91);

        player.Do(new QueueCommand.Move(player.ItemOf(90), 99));
        player.Do(new QueueCommand.Move(player.ItemOf(2), 1_000));

        Assert.Equal([91, 90, 3, 4, 2], player.Upcoming);
    }

    [Fact]
    public void Move_WithinTheContext_ChangesWhatPlaysNextButNotThePersonalQueue()
    {
        var player = new Player().Play(Numbered(5)).Add(90);

        player.Do(new QueueCommand.Move(player.ItemOf(5), 0));

        Assert.Equal([90, 5, 2, 3, 4], player.Upcoming);
        Assert.Equal([90, 5, 2, 3, 4], player.EndTracks(5));
    }

    [Fact]
    public void Move_AnAddedItemIntoThePlayNextBlock_LaterPlayNextGoesAfterIt()
    {
        var player = new Player().Play(Numbered(1)).PlayNext(80).Add(90, 91);

        player.Do(new QueueCommand.Move(player.ItemOf(91), 0));
        player.PlayNext(81);

        Assert.Equal([91, 80, 81, 90], player.Upcoming);
    }

    [Fact]
    public void Move_APlayNextItemBehindAddedItems_LeavesThePlayNextBlock()
    {
        var player = new Player().Play(Numbered(1)).PlayNext(80).Add(90);

        player.Do(new QueueCommand.Move(player.ItemOf(80), 5));
        player.PlayNext(81);

        Assert.Equal([81, 90, 80], player.Upcoming);
    }

    [Fact]
    public void Move_WithinTheRadio_ChangesWhichRecommendationPlaysFirst()
    {
        var player = new Player(new FakeRadio(50, 51, 52)).Play(Numbered(1));

        player.Do(new QueueCommand.Move(player.ItemOf(52), 0));

        Assert.Equal([52, 50, 51], player.Upcoming);
        Assert.Equal(52, player.Ended().Current);
    }

    [Fact]
    public void Move_ToWhereItAlreadyIs_ChangesNothing()
    {
        var player = new Player().Play(Numbered(3)).Add(90);
        var before = player.State;

        player.Do(new QueueCommand.Move(player.ItemOf(90), 0));

        Assert.Same(before, player.State);
    }

    [Fact]
    public void Move_ToANegativeIndex_IsRefused()
    {
        var player = new Player().Play(Numbered(3));

        var error = Assert.Throws<QueueException>(() => player.Do(new QueueCommand.Move(player.ItemOf(2), -1)));

        Assert.Equal(QueueProblem.NegativeIndex, error.Problem);
    }

    [Fact]
    public void Remove_OneOfTwoCopiesOfATrack_RemovesOnlyThatItem()
    {
        var player = new Player().Play(Numbered(1)).Add(90, 91, 90);
        var second = player.View.Upcoming[2].ItemId;

        player.Do(new QueueCommand.Remove(second));

        Assert.Equal([90, 91], player.Upcoming);
    }

    [Fact]
    public void Remove_APlayNextItem_LaterPlayNextStillGoesBeforeAddedItems()
    {
        var player = new Player().Play(Numbered(1)).PlayNext(80, 81).Add(90);

        player.Do(new QueueCommand.Remove(player.ItemOf(80)));
        player.PlayNext(82);

        Assert.Equal([81, 82, 90], player.Upcoming);
    }

    [Fact]
    public void Remove_AContextItem_IsSkippedAndStaysOutWhenTheContextRepeats()
    {
        var player = new Player().Repeat(RepeatMode.All).Play(Numbered(4));

        player.Do(new QueueCommand.Remove(player.ItemOf(3)));

        Assert.Equal([2, 4, 1, 2, 4], player.EndTracks(5));
    }

    [Fact]
    public void Remove_TheCurrentItem_IsRefusedWithASentence()
    {
        var player = new Player().Play(Numbered(3));

        var error = Assert.Throws<QueueException>(() => player.Do(new QueueCommand.Remove(player.State.Current!.Id)));

        Assert.Equal(QueueProblem.ItemIsCurrent, error.Problem);
        Assert.Equal("The track that is playing now cannot be moved or removed; skip it instead.", error.Message);
    }

    [Fact]
    public void Remove_AnItemThatAlreadyPlayed_IsRefused()
    {
        var player = new Player().Play(Numbered(3)).Add(90);
        var item = player.ItemOf(90);
        player.Next().Next();

        var error = Assert.Throws<QueueException>(() => player.Do(new QueueCommand.Remove(item)));

        Assert.Equal(QueueProblem.ItemNotUpcoming, error.Problem);
        Assert.Contains($"Item {item}", error.Message);
    }

    [Fact]
    public void ClearQueue_EmptiesThePersonalQueueOnly()
    {
        var player = new Player().Play(Numbered(3)).PlayNext(80).Add(90);

        player.Do(new QueueCommand.ClearQueue());

        Assert.Equal([2, 3], player.Upcoming);
        Assert.Equal(0, player.State.PlayNextCount);
        Assert.Equal(1, player.Current);
    }

    [Fact]
    public void PlayFromHere_AQueuedItem_DropsTheQueueItemsBeforeItAndKeepsTheRest()
    {
        var player = new Player().Play(Numbered(3)).Add(90, 91, 92, 93);

        player.Do(new QueueCommand.PlayFromHere(player.ItemOf(92)));

        Assert.Equal(92, player.Current);
        Assert.Equal([93, 2, 3], player.Upcoming);
        Assert.Equal([1], player.State.History.Select(h => h.TrackId));
    }

    [Fact]
    public void PlayFromHere_PastThePlayNextItems_LaterPlayNextGoesToTheFront()
    {
        var player = new Player().Play(Numbered(1)).PlayNext(80, 81).Add(90, 91);

        player.Do(new QueueCommand.PlayFromHere(player.ItemOf(90)));
        player.PlayNext(82);

        Assert.Equal([82, 91], player.Upcoming);
    }

    [Fact]
    public void PlayFromHere_AContextItem_SkipsTheContextToItAndKeepsThePersonalQueue()
    {
        var player = new Player().Play(Numbered(6)).Add(90);

        player.Do(new QueueCommand.PlayFromHere(player.ItemOf(5)));

        Assert.Equal(5, player.Current);
        Assert.Equal([90, 6], player.Upcoming);
    }

    [Fact]
    public void PlayFromHere_ARadioItem_DropsTheRadioItemsBeforeIt()
    {
        var player = new Player(new FakeRadio(50, 51, 52)).Play(Numbered(1));

        player.Do(new QueueCommand.PlayFromHere(player.ItemOf(51)));

        Assert.Equal(51, player.Current);
        Assert.Equal([52], player.Upcoming);
    }

    [Fact]
    public void PlayFromHere_WhilePaused_StartsPlaying()
    {
        var player = new Player().Play(Numbered(3)).Do(new QueueCommand.Pause(10_000));

        player.Do(new QueueCommand.PlayFromHere(player.ItemOf(3)));

        Assert.True(player.State.IsPlaying);
        Assert.Equal(0, player.State.PositionMs);
    }

    [Fact]
    public void PlayFromHere_TheCurrentItem_IsRefused()
    {
        var player = new Player().Play(Numbered(3));

        var error = Assert.Throws<QueueException>(() => player.Do(new QueueCommand.PlayFromHere(player.State.Current!.Id)));

        Assert.Equal(QueueProblem.ItemIsCurrent, error.Problem);
    }
}

using MediaSuite.Domain.Playback;
using static MediaSuite.Tests.Domain.Playback.Contexts;

namespace MediaSuite.Tests.Domain.Playback;

public class ShuffleTests
{
    private static readonly long[] Ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Fact]
    public void Play_WithShuffleAndAChosenTrack_PlaysItFirstAndShufflesAllTheOthers()
    {
        var player = new Player().Shuffle(true).Play(Numbered(10), start: 3, seed: 5);

        Assert.Equal(4, player.Current);
        Assert.Equal(Ten.Where(t => t != 4), player.Upcoming.Order());
        Assert.NotEqual(Ten.Where(t => t != 4), player.Upcoming);
    }

    [Fact]
    public void Play_WithShuffle_SameSeedSameOrderOtherSeedOtherOrder()
    {
        long[] Order(int seed) => new Player().Shuffle(true).Play(Numbered(10), start: 0, seed: seed).Upcoming;

        Assert.Equal(Order(1), Order(1));
        Assert.NotEqual(Order(1), Order(2));
    }

    [Fact]
    public void Play_WithShuffleAndNoChosenTrack_PlaysEveryTrackExactlyOnce()
    {
        var player = new Player().Shuffle(true).Play(Numbered(10), seed: 99);

        long[] heard = [player.Current!.Value, .. player.EndTracks(9)];

        Assert.Equal(Ten, heard.Order());
        Assert.NotEqual(Ten, heard);
        Assert.False(player.Ended().State.IsPlaying);
    }

    [Fact]
    public void SetShuffle_OnMidAlbum_KeepsTheCurrentTrackAndShufflesOnlyWhatHasNotPlayed()
    {
        var player = new Player().Play(Numbered(10)).Next().Next();
        var currentItem = player.State.Current;

        player.Shuffle(true, seed: 3);

        Assert.Same(currentItem, player.State.Current);
        Assert.Equal([4, 5, 6, 7, 8, 9, 10], player.Upcoming.Order());
        Assert.NotEqual([4, 5, 6, 7, 8, 9, 10], player.Upcoming);
    }

    [Fact]
    public void SetShuffle_OnAfterStartingMidAlbum_AlsoShufflesInTheTracksBeforeTheStart()
    {
        var player = new Player().Play(Numbered(6), start: 3);

        player.Shuffle(true);

        Assert.Equal(4, player.Current);
        Assert.Equal([1, 2, 3, 5, 6], player.Upcoming.Order());
    }

    [Fact]
    public void SetShuffle_On_KeepsTheItemIdsOfUpcomingItems()
    {
        var player = new Player().Play(Numbered(8));
        var ids = player.View.Upcoming.Select(i => i.ItemId).Order().ToArray();

        player.Shuffle(true);

        Assert.Equal(ids, player.View.Upcoming.Select(i => i.ItemId).Order());
    }

    [Fact]
    public void SetShuffle_Off_ResumesTheOriginalOrderFromTheCurrentTracksPosition()
    {
        var player = new Player().Shuffle(true).Play(Numbered(10), start: 0, seed: 4).Next().Next();
        var current = player.Current!.Value;

        player.Shuffle(false);

        Assert.Equal(current, player.Current);
        Assert.Equal(Ten.Where(t => t > current), player.Upcoming);
    }

    [Fact]
    public void SetShuffle_OffWhileAQueuedTrackPlays_ResumesAfterTheLastContextTrackThatPlayed()
    {
        var player = new Player().Shuffle(true).Play(Numbered(10), start: 6, seed: 8).Add(90).Next();
        Assert.Equal(90, player.Current);

        player.Shuffle(false);

        Assert.Equal([8, 9, 10], player.Upcoming);
    }

    [Fact]
    public void SetShuffle_OnThenOff_DoesNotBringBackRemovedTracks()
    {
        var player = new Player().Play(Numbered(5));
        player.Do(new QueueCommand.Remove(player.ItemOf(3)));

        player.Shuffle(true);
        Assert.DoesNotContain(3, player.Upcoming);
        player.Shuffle(false);

        Assert.Equal([2, 4, 5], player.Upcoming);
    }

    [Fact]
    public void SetShuffle_ToTheValueItAlreadyHas_ChangesNothing()
    {
        var player = new Player().Shuffle(true).Play(Numbered(5));
        var before = player.State;

        player.Shuffle(true, seed: 1234);

        Assert.Same(before, player.State);
    }

    [Fact]
    public void SetShuffle_WithNothingPlaying_OnlyRemembersTheChoice()
    {
        var player = new Player().Shuffle(true);

        Assert.True(player.State.Shuffle);
        Assert.Null(player.State.Context);
        Assert.Equal(1, player.State.Revision);
    }

    [Fact]
    public void SetShuffle_On_LeavesThePersonalQueueInItsOrder()
    {
        var player = new Player().Play(Numbered(6)).Add(90, 91, 92);

        player.Shuffle(true);

        Assert.Equal([90, 91, 92], player.Upcoming.Take(3));
    }

    [Fact]
    public void Shuffle_TwoTrackContextWithRepeatAll_AlternatesWithoutPlayingATrackTwiceInARow()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var player = new Player().Shuffle(true).Repeat(RepeatMode.All).Play(Album(1, 2), seed: seed);

            long[] heard = [player.Current!.Value, .. player.EndTracks(11)];

            for (var i = 1; i < heard.Length; i++) Assert.NotEqual(heard[i - 1], heard[i]);
        }
    }

    [Fact]
    public void Shuffle_RepeatAllRounds_AreReshuffledAndNeverStartWithTheTrackThatJustEnded()
    {
        var roundsDiffered = false;
        for (var seed = 0; seed < 40; seed++)
        {
            var player = new Player().Shuffle(true).Repeat(RepeatMode.All).Play(Numbered(4), seed: seed);
            long[] heard = [player.Current!.Value, .. player.EndTracks(11)];
            var rounds = heard.Chunk(4).ToArray();

            foreach (var round in rounds) Assert.Equal([1, 2, 3, 4], round.Order());
            Assert.NotEqual(rounds[0][^1], rounds[1][0]);
            Assert.NotEqual(rounds[1][^1], rounds[2][0]);
            roundsDiffered |= !rounds[0].SequenceEqual(rounds[1]);
        }
        Assert.True(roundsDiffered, "each repeat round must be drawn afresh, not replay the first shuffle");
    }

    [Fact]
    public void SetShuffle_OffWithRepeatAll_NextRoundIsInTheOriginalOrder()
    {
        var player = new Player().Shuffle(true).Repeat(RepeatMode.All).Play(Numbered(4), start: 3, seed: 6).Shuffle(false);
        Assert.Empty(player.Upcoming);

        Assert.Equal([1, 2, 3, 4], player.EndTracks(4));
    }
}

using MediaSuite.Components.Player;
using MediaSuite.Domain.Playback;
using MediaSuite.Tests.Domain.Playback;
using QueuePlayer = MediaSuite.Tests.Domain.Playback.Player;

namespace MediaSuite.Tests.Components.Player;

/// <summary>What the bar tells the browser's audio for each kind of change.</summary>
public sealed class AudioPlanTests
{
    private static QueuePlayer Playing(params long[] tracks) => new QueuePlayer().Play(Contexts.Album(tracks));

    [Fact]
    public void For_ANewCurrentItem_LoadsItWhereTheStateSaysAndPreloadsTheNextOne()
    {
        var player = Playing(1, 2, 3).Do(new QueueCommand.SetPosition(5_000));

        var plan = AudioPlan.For(player.State, new QueueCommand.SetPosition(5_000), loadedItemId: null);

        Assert.True(plan.Load);
        Assert.Equal(1, plan.Current!.TrackId);
        Assert.Equal(new PositionOrder(5_000, Force: true), plan.Position);
        Assert.Equal(2, plan.Next!.TrackId);
        Assert.True(plan.Playing);
    }

    [Fact]
    public void For_ThePersonalQueue_IsWhatIsPreloaded()
    {
        var player = Playing(1, 2, 3).Add(9);

        var plan = AudioPlan.For(player.State, new QueueCommand.AddToQueue([9]), player.State.Current!.Id);

        Assert.False(plan.Load);
        Assert.Equal((9L, QueueSource.Queue), (plan.Next!.TrackId, plan.Next.Source));
        Assert.Null(plan.Position); // a queue edit does not move the audio
    }

    [Theory]
    [InlineData("report", false)]
    [InlineData("pause", false)]
    [InlineData("ended", false)]
    [InlineData("previous", true)]
    public void For_TheSameItem_MovesOnlyWhenTheCommandMovedIt(string kind, bool force)
    {
        var player = Playing(1, 2).Do(new QueueCommand.SetPosition(8_000));
        QueueCommand command = kind switch
        {
            "report" => new QueueCommand.SetPosition(9_000),
            "pause" => new QueueCommand.Pause(9_000),
            "ended" => new QueueCommand.TrackEnded(),
            _ => new QueueCommand.Previous(9_000),
        };
        if (kind == "ended") player.Repeat(RepeatMode.One);
        player.Do(command);

        var plan = AudioPlan.For(player.State, command, player.State.Current!.Id);

        Assert.False(plan.Load);
        Assert.Equal(new PositionOrder(player.State.PositionMs, force), plan.Position);
    }

    [Fact]
    public void For_AFirstLook_PutsTheAudioExactlyWhereTheStateIs()
    {
        var player = Playing(1, 2).Do(new QueueCommand.Pause(61_000));

        var plan = AudioPlan.For(player.State, command: null, player.State.Current!.Id);

        Assert.Equal(new PositionOrder(61_000, Force: true), plan.Position);
        Assert.False(plan.Playing);
    }

    [Fact]
    public void For_RepeatOne_PreloadsNothingBecauseTheTrackPlaysAgain()
    {
        var player = Playing(1, 2).Repeat(RepeatMode.One);

        var plan = AudioPlan.For(player.State, new QueueCommand.SetRepeat(RepeatMode.One), player.State.Current!.Id);

        Assert.True(plan.RepeatOne);
        Assert.Null(plan.Next);
    }

    [Fact]
    public void For_NothingEverPlayed_HasNothingToDo()
    {
        var plan = AudioPlan.For(PlaybackState.Empty, command: null, loadedItemId: null);

        Assert.Null(plan.Current);
        Assert.False(plan.Load);
        Assert.False(plan.Playing);
        Assert.Null(plan.Position);
    }
}

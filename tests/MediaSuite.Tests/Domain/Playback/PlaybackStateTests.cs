using System.Text.Json;
using MediaSuite.Domain.Playback;
using static MediaSuite.Tests.Domain.Playback.Contexts;

namespace MediaSuite.Tests.Domain.Playback;

public class PlaybackStateTests
{
    public static TheoryData<string> JsonStyles => ["default", "web"];

    private static JsonSerializerOptions Options(string style) => style == "web" ? JsonSerializerOptions.Web : JsonSerializerOptions.Default;

    /// <summary>A state that uses every part: shuffled context with a removal and a jump, play-next and added items, radio, history, position.</summary>
    private static Player RichPlayer()
    {
        var player = new Player(new FakeRadio(50, 51, 52)).Shuffle(true, seed: 3).Play(Numbered(8), start: 2, seed: 9).Next();
        player.Do(new QueueCommand.Remove(player.View.Upcoming[1].ItemId));
        player.Add(90, 91).PlayNext(80);
        player.Do(new QueueCommand.PlayFromHere(player.View.Upcoming.Last(i => i.Source == QueueSource.Context).ItemId));
        player.Do(new QueueCommand.SetPosition(61_500));
        Assert.Equal([QueueSource.Queue, QueueSource.Queue, QueueSource.Queue, QueueSource.Radio, QueueSource.Radio, QueueSource.Radio], player.UpcomingSources);
        return player;
    }

    [Theory]
    [MemberData(nameof(JsonStyles))]
    public void Json_RoundTrip_KeepsEveryPartAndPlaysOnIdentically(string style)
    {
        var player = RichPlayer();
        var json = JsonSerializer.Serialize(player.State, Options(style));

        var restored = JsonSerializer.Deserialize<PlaybackState>(json, Options(style))!;

        Assert.Equal(json, JsonSerializer.Serialize(restored, Options(style)));
        Assert.Equal(player.State.Current, restored.Current);
        Assert.Equal(61_500, restored.PositionMs);
        Assert.Equal(player.State.Revision, restored.Revision);
        Assert.Equal(player.View.Upcoming.ToArray(), QueueView.Of(restored, 1000).Upcoming.ToArray());
        Assert.Equal(player.State.History.ToArray(), restored.History.ToArray());

        var twin = new Player(new FakeRadio(50, 51, 52)) { State = restored };
        Assert.Equal(player.EndTracks(7), twin.EndTracks(7));
        Assert.Equal(JsonSerializer.Serialize(player.State), JsonSerializer.Serialize(twin.State));
    }

    [Fact]
    public void Json_WritesEnumsByName()
    {
        var player = RichPlayer().Add(90).Next();
        var json = JsonSerializer.Serialize(player.State);

        Assert.Contains("\"Repeat\":\"Off\"", json);
        Assert.Contains("\"Kind\":\"Album\"", json);
        Assert.Contains("\"Source\":\"Context\"", json);
        Assert.Contains("\"Source\":\"Queue\"", json);
        Assert.Contains("\"Repeat\":\"One\"", JsonSerializer.Serialize(player.Repeat(RepeatMode.One).State));
    }

    [Fact]
    public void Json_RoundTrip_EmptyStateStaysEmpty()
    {
        var restored = JsonSerializer.Deserialize<PlaybackState>(JsonSerializer.Serialize(PlaybackState.Empty))!;

        Assert.Null(restored.Current);
        Assert.Empty(restored.Queue);
        Assert.Empty(QueueView.Of(restored).Upcoming);
        Assert.Equal(90, new Player { State = restored }.Add(90).Do(new QueueCommand.Resume()).Current);
    }

    [Fact]
    public void Reload_RestoredThenPaused_ResumesTheSameTrackAtTheSamePosition()
    {
        var player = RichPlayer();
        var restored = JsonSerializer.Deserialize<PlaybackState>(JsonSerializer.Serialize(player.State))!;

        var resumed = player.Engine.Apply(restored, new QueueCommand.Pause(restored.PositionMs));

        Assert.False(resumed.IsPlaying);
        Assert.Equal(player.State.Current, resumed.Current);
        Assert.Equal(61_500, resumed.PositionMs);
    }

    [Fact]
    public void Apply_LeavesTheGivenStateUntouched()
    {
        var player = RichPlayer();
        var original = player.State;
        var json = JsonSerializer.Serialize(original);

        player.Next().Previous().Shuffle(false).Add(95).Do(new QueueCommand.ClearQueue()).Repeat(RepeatMode.All);

        Assert.Equal(json, JsonSerializer.Serialize(original));
    }

    [Fact]
    public void QueueEngine_ImpossibleLimits_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueueEngine(new FakeRadio(), new QueueLimits { RadioBatchSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueueEngine(new FakeRadio(), new QueueLimits { HistorySize = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueueEngine(new FakeRadio(), new QueueLimits { RestartThreshold = TimeSpan.FromSeconds(-1) }));
    }

    [Fact]
    public void Revision_GoesUpByOneOnEveryChange()
    {
        var player = new Player(new FakeRadio(50));
        var revisions = new List<long> { player.State.Revision };
        QueueCommand[] commands =
        [
            new QueueCommand.Play(Numbered(4), null, 1), new QueueCommand.AddToQueue([90]), new QueueCommand.PlayNext([80]),
            new QueueCommand.Next(), new QueueCommand.SetShuffle(true, 2), new QueueCommand.SetRepeat(RepeatMode.One),
            new QueueCommand.TrackEnded(), new QueueCommand.Previous(0), new QueueCommand.SetPosition(1_000),
            new QueueCommand.Pause(1_500), new QueueCommand.Resume(), new QueueCommand.ClearQueue(),
        ];

        foreach (var command in commands) revisions.Add(player.Do(command).State.Revision);

        Assert.Equal(Enumerable.Range(0, commands.Length + 1).Select(i => (long)i), revisions);
    }

    [Fact]
    public void Revision_StaysWhenACommandChangesNothing()
    {
        var player = new Player().Play(Numbered(1)).Do(new QueueCommand.Pause(500));
        var before = player.State;

        player.Do(new QueueCommand.Pause(500)).Do(new QueueCommand.ClearQueue()).Repeat(RepeatMode.Off).Shuffle(false)
            .Do(new QueueCommand.SetPosition(500)).Next();

        Assert.Same(before, player.State);
    }

    [Fact]
    public void Revision_StaysWhenACommandIsRefused()
    {
        var player = new Player().Play(Numbered(2));
        var before = player.State;

        Assert.Throws<QueueException>(() => player.Do(new QueueCommand.SetPosition(-1)));
        Assert.Throws<QueueException>(() => player.Do(new QueueCommand.Remove(12345)));

        Assert.Same(before, player.State);
    }
}

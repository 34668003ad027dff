using MediaSuite.Domain.Playback;
using static MediaSuite.Tests.Domain.Playback.Contexts;

namespace MediaSuite.Tests.Domain.Playback;

public class RadioTests
{
    [Fact]
    public void ContextExhausted_RepeatOff_ContinuesWithRecommendedTracks()
    {
        var player = new Player(new FakeRadio(50, 51, 52)).Play(Numbered(2));

        Assert.Equal([2, 50, 51, 52], player.EndTracks(4));
        Assert.Equal(QueueSource.Radio, player.State.Current!.Source);
    }

    [Fact]
    public void Radio_CandidatesJustPlayedOrRepeated_AreDropped()
    {
        var radio = new FakeRadio(1, 2, 50, 50, 3, 51, 2);
        var player = new Player(radio).Play(Numbered(3)).Next().Next();

        Assert.Equal([50, 51], player.Upcoming);
    }

    [Fact]
    public void Radio_IsAskedWithRecentTracksNewestFirstAndWhatToAvoid()
    {
        var radio = new FakeRadio(50);
        var player = new Player(radio).Play(Numbered(3)).Add(90).Next().Next().Next();

        var request = Assert.Single(radio.Requests);
        Assert.Equal([3, 2, 90, 1], request.Seeds);
        Assert.Equal(new HashSet<long> { 1, 2, 3, 90 }, request.Avoid.ToHashSet());
        Assert.Equal(QueueLimits.Default.RadioBatchSize, request.Count);
    }

    [Fact]
    public void Radio_HistoryWindowIsBounded_OlderTracksMayComeBack()
    {
        var radio = new FakeRadio(1, 4, 50);
        var player = new Player(radio, new QueueLimits { HistorySize = 2 }).Play(Numbered(6));

        player.EndTracks(5);

        Assert.Equal([4, 5], player.State.History.Select(h => h.TrackId));
        Assert.Equal(new HashSet<long> { 4, 5, 6 }, radio.Requests.Single().Avoid.ToHashSet());
        Assert.Equal([1, 50], player.Upcoming);
    }

    [Fact]
    public void Radio_IsReadyWhileTheLastContextTrackPlays_AndLabelledRadio()
    {
        var radio = new FakeRadio(50, 51);
        var player = new Player(radio).Play(Numbered(3)).Add(90).Next();
        Assert.Empty(radio.Requests);

        player.Next().Next();

        Assert.Equal(3, player.Current);
        Assert.Equal([50, 51], player.Upcoming);
        Assert.Equal([QueueSource.Radio, QueueSource.Radio], player.UpcomingSources);
        Assert.Single(radio.Requests);
    }

    [Fact]
    public void Radio_RunningDry_AsksForMore()
    {
        var batches = new Queue<long[]>([[50, 51], [52, 53], []]);
        var radio = new FakeRadio(_ => batches.Count > 0 ? batches.Dequeue() : []);
        var player = new Player(radio, new QueueLimits { RadioBatchSize = 2 }).Play(Numbered(1));

        Assert.Equal([50, 51, 52, 53], player.EndTracks(4));
        Assert.False(player.Ended().State.IsPlaying);
    }

    [Fact]
    public void Radio_WithNothingToRecommend_StopsAfterTheContext()
    {
        var player = new Player(new FakeRadio()).Play(Numbered(2)).Next();

        player.Ended();

        Assert.Equal(2, player.Current);
        Assert.False(player.State.IsPlaying);
    }

    [Fact]
    public void PlayNext_WhileRadioPlays_PlaysBeforeTheNextRadioTrack()
    {
        var player = new Player(new FakeRadio(50, 51, 52)).Play(Numbered(1)).Next();
        Assert.Equal(50, player.Current);

        player.PlayNext(90);

        Assert.Equal([90, 51, 52], player.Upcoming);
        Assert.Equal([90, 51, 52], player.EndTracks(3));
    }

    [Fact]
    public void Radio_IsNotAskedWhileRepeatAllLoopsTheContext()
    {
        var radio = new FakeRadio(50);
        var player = new Player(radio).Repeat(RepeatMode.All).Play(Numbered(2));

        player.EndTracks(5);

        Assert.Empty(radio.Requests);
    }

    [Fact]
    public void Play_NewContext_DropsWaitingRadioTracks()
    {
        var player = new Player(new FakeRadio(50, 51)).Play(Numbered(1));
        Assert.Equal([50, 51], player.Upcoming);

        player.Play(Album(21, 22));

        Assert.Equal([22], player.Upcoming);
    }

    [Fact]
    public void SetPositionAndPause_WhileRadioIsDue_NeverAskTheRecommender()
    {
        var radio = new FakeRadio();
        var player = new Player(radio).Play(Numbered(1));
        var asked = radio.Requests.Count;

        player.Do(new QueueCommand.SetPosition(1_000)).Do(new QueueCommand.SetPosition(2_000)).Do(new QueueCommand.Pause(2_500));

        Assert.Equal(asked, radio.Requests.Count);
    }

    [Fact]
    public void Radio_WithoutAnyContext_FollowsThePersonalQueue()
    {
        var player = new Player(new FakeRadio(50)).Add(90).Do(new QueueCommand.Resume());

        Assert.Equal([50], player.Upcoming);
        Assert.Equal(50, player.Ended().Current);
    }
}

using MediaSuite.Domain.Playback;

namespace MediaSuite.Tests.Domain.Playback;

/// <summary>A recommender that answers from a function and records what it was asked; it ignores the avoid list on purpose.</summary>
internal sealed class FakeRadio(Func<RadioRequest, IReadOnlyList<long>> answer) : IRadioSource
{
    public FakeRadio(params long[] candidates) : this(_ => candidates)
    {
    }

    public List<RadioRequest> Requests { get; } = [];

    public IReadOnlyList<long> Recommend(RadioRequest request)
    {
        Requests.Add(request);
        return answer(request);
    }
}

/// <summary>Drives a <see cref="QueueEngine"/> the way a player would, and reads the result back as track ids.</summary>
internal sealed class Player(IRadioSource? radio = null, QueueLimits? limits = null)
{
    public QueueEngine Engine { get; } = new(radio ?? new FakeRadio(), limits);
    public PlaybackState State { get; set; } = PlaybackState.Empty;

    public long? Current => State.Current?.TrackId;
    public QueueView View => QueueView.Of(State, limit: 1000);
    public long[] Upcoming => [.. View.Upcoming.Select(i => i.TrackId)];
    public QueueSource[] UpcomingSources => [.. View.Upcoming.Select(i => i.Source)];

    public Player Do(QueueCommand command)
    {
        State = Engine.Apply(State, command);
        return this;
    }

    public Player Play(PlaybackContext context, int? start = null, int seed = 7) => Do(new QueueCommand.Play(context, start, seed));
    public Player Next() => Do(new QueueCommand.Next());
    public Player Ended() => Do(new QueueCommand.TrackEnded());
    public Player Previous(long positionMs = 0) => Do(new QueueCommand.Previous(positionMs));
    public Player PlayNext(params long[] ids) => Do(new QueueCommand.PlayNext(ids));
    public Player Add(params long[] ids) => Do(new QueueCommand.AddToQueue(ids));
    public Player Shuffle(bool on, int seed = 11) => Do(new QueueCommand.SetShuffle(on, seed));
    public Player Repeat(RepeatMode mode) => Do(new QueueCommand.SetRepeat(mode));

    /// <summary>The id of the first upcoming item playing <paramref name="trackId"/>.</summary>
    public long ItemOf(long trackId) => View.Upcoming.First(i => i.TrackId == trackId).ItemId;

    /// <summary>Lets tracks end one after another and returns the track that became current each time.</summary>
    public long[] EndTracks(int count)
    {
        var played = new long[count];
        for (var i = 0; i < count; i++) played[i] = Ended().Current!.Value;
        return played;
    }
}

internal static class Contexts
{
    public static PlaybackContext Album(params long[] trackIds) => new(ContextKind.Album, "album-7", "Abbey Road", [.. trackIds]);

    public static PlaybackContext Playlist(params long[] trackIds) => new(ContextKind.Playlist, "playlist-3", "Road trip", [.. trackIds]);

    /// <summary>Tracks 1..count, so a track id is its position in the album plus one.</summary>
    public static PlaybackContext Numbered(int count) => Album([.. Enumerable.Range(1, count).Select(i => (long)i)]);
}

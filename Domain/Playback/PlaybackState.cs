using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace MediaSuite.Domain.Playback;

[JsonConverter(typeof(JsonStringEnumConverter<RepeatMode>))]
public enum RepeatMode
{
    Off,

    /// <summary>Loop the context; each new round is reshuffled when shuffle is on.</summary>
    All,

    /// <summary>Replay the current track when it ends; the user's "next" still moves on.</summary>
    One,
}

/// <summary>
/// Everything a user's player needs to resume: what plays now, what comes next and from where, and
/// what already played. A plain record so it serialises with System.Text.Json as is; change it
/// only through <see cref="QueueEngine.Apply"/>, which bumps <see cref="Revision"/> on every change.
/// </summary>
public sealed record PlaybackState
{
    public static PlaybackState Empty { get; } = new();

    /// <summary>Goes up by one on every change, so a command aimed at an older state can be recognised.</summary>
    public long Revision { get; init; }

    /// <summary>The id the next queue item receives; ids are never reused, so a track queued twice stays two items.</summary>
    public long NextItemId { get; init; } = 1;

    public PlayedItem? Current { get; init; }
    public long PositionMs { get; init; }
    public bool IsPlaying { get; init; }

    /// <summary>The personal queue ("Play next" + "Add to queue"); it always plays before anything else.</summary>
    public ImmutableArray<QueueEntry> Queue { get; init; } = [];

    /// <summary>How many items at the front of <see cref="Queue"/> came from "Play next"; later "Play next" items go after them.</summary>
    public int PlayNextCount { get; init; }

    public ContextProgress? Context { get; init; }

    /// <summary>Recommended tracks, filled once the context is exhausted and repeat is off.</summary>
    public ImmutableArray<QueueEntry> Radio { get; init; } = [];

    /// <summary>What played before <see cref="Current"/>, oldest first, bounded by <see cref="QueueLimits.HistorySize"/>.</summary>
    public ImmutableArray<PlayedItem> History { get; init; } = [];

    public RepeatMode Repeat { get; init; }
    public bool Shuffle { get; init; }

    /// <summary>Seeds the next reshuffle (a repeat-all round); each shuffle stores a fresh one, so replays are deterministic.</summary>
    public int ShuffleSeed { get; init; }
}

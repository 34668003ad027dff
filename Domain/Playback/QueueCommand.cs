namespace MediaSuite.Domain.Playback;

/// <summary>Everything a user (or a player reporting progress) can do to the queue; apply with <see cref="QueueEngine.Apply"/>.</summary>
public abstract record QueueCommand
{
    private QueueCommand()
    {
    }

    /// <summary>
    /// Start playing a context at <paramref name="StartIndex"/>; with no index, the first track, or a
    /// random one when shuffle is on. <paramref name="Seed"/> drives the shuffle so tests can repeat it.
    /// </summary>
    public sealed record Play(PlaybackContext Context, int? StartIndex, int Seed) : QueueCommand;

    /// <summary>Insert tracks, in the given order, after any earlier "Play next" items.</summary>
    public sealed record PlayNext(IReadOnlyList<long> TrackIds) : QueueCommand;

    /// <summary>Append tracks, in the given order, to the personal queue.</summary>
    public sealed record AddToQueue(IReadOnlyList<long> TrackIds) : QueueCommand;

    /// <summary>Move on. A user's "next" skips even under repeat one; <c>UserInitiated: false</c> is the same as <see cref="TrackEnded"/>.</summary>
    public sealed record Next(bool UserInitiated = true) : QueueCommand;

    public sealed record TrackEnded : QueueCommand;

    /// <summary>Restart the track when more than 3 s have played, else go back in the history.</summary>
    public sealed record Previous(long PositionMs) : QueueCommand;

    public sealed record SetShuffle(bool Enabled, int Seed) : QueueCommand;

    public sealed record SetRepeat(RepeatMode Mode) : QueueCommand;

    /// <summary>Drag an upcoming item within its own section (personal queue, context or radio); an index past the end means last.</summary>
    public sealed record Move(long ItemId, int ToIndex) : QueueCommand;

    public sealed record Remove(long ItemId) : QueueCommand;

    /// <summary>Empty the personal queue; the context and radio are untouched.</summary>
    public sealed record ClearQueue : QueueCommand;

    /// <summary>Jump to an upcoming item; what is before it in its section is skipped.</summary>
    public sealed record PlayFromHere(long ItemId) : QueueCommand;

    public sealed record Pause(long PositionMs) : QueueCommand;

    /// <summary>Play again; with nothing current, start the first upcoming item.</summary>
    public sealed record Resume : QueueCommand;

    /// <summary>A seek, or the player reporting where it is so a reload resumes there.</summary>
    public sealed record SetPosition(long PositionMs) : QueueCommand;
}

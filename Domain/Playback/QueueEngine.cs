using System.Collections.Immutable;

namespace MediaSuite.Domain.Playback;

/// <summary>
/// The playback queue rules (see README.md beside this file): a state plus a command gives the next
/// state. No clock, no I/O: positions come in with the commands, randomness from the seeds they carry,
/// and recommendations from the <see cref="IRadioSource"/> port.
/// </summary>
public sealed partial class QueueEngine(IRadioSource radio, QueueLimits? limits = null)
{
    private readonly QueueLimits _limits = Checked(limits ?? QueueLimits.Default);

    private static QueueLimits Checked(QueueLimits limits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limits.HistorySize, nameof(limits.HistorySize));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.RadioBatchSize, 1, nameof(limits.RadioBatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.RadioSeedCount, 1, nameof(limits.RadioSeedCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.RestartThreshold, TimeSpan.Zero, nameof(limits.RestartThreshold));
        return limits;
    }

    /// <summary>Applies a command. Returns the same instance (same revision) when nothing changes; throws <see cref="QueueException"/> when the command is refused.</summary>
    public PlaybackState Apply(PlaybackState state, QueueCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        var next = command switch
        {
            QueueCommand.Play c => Play(state, c),
            QueueCommand.PlayNext c => PlayNext(state, c.TrackIds),
            QueueCommand.AddToQueue c => AddToQueue(state, c.TrackIds),
            QueueCommand.Next c => Advance(state, c.UserInitiated),
            QueueCommand.TrackEnded => Advance(state, userInitiated: false),
            QueueCommand.Previous c => Previous(state, c.PositionMs),
            QueueCommand.SetShuffle c => SetShuffle(state, c.Enabled, c.Seed),
            QueueCommand.SetRepeat c => SetRepeat(state, c.Mode),
            QueueCommand.Move c => Move(state, c.ItemId, c.ToIndex),
            QueueCommand.Remove c => Remove(state, c.ItemId),
            QueueCommand.ClearQueue => ClearQueue(state),
            QueueCommand.PlayFromHere c => PlayFromHere(state, c.ItemId),
            QueueCommand.Pause c => Pause(state, c.PositionMs),
            QueueCommand.Resume => Resume(state),
            QueueCommand.SetPosition c => SetPosition(state, c.PositionMs),
            _ => throw new ArgumentOutOfRangeException(nameof(command), $"Unknown queue command {command.GetType().Name}."),
        };
        if (ReferenceEquals(next, state)) return state;
        // Position reports come every few seconds; they must not ask the recommender anything.
        if (command is not (QueueCommand.Pause or QueueCommand.SetPosition)) next = LookAheadRadio(next);
        return next with { Revision = state.Revision + 1 };
    }

    private PlaybackState Play(PlaybackState s, QueueCommand.Play command)
    {
        var context = command.Context ?? throw new ArgumentNullException(nameof(command), "Play needs a context.");
        var count = context.TrackIds.IsDefault ? 0 : context.TrackIds.Length;
        if (count == 0) throw QueueException.EmptyContext(context);
        if (command.StartIndex is { } index && (index < 0 || index >= count)) throw QueueException.StartOutside(context, index);

        var shuffle = s.Shuffle ? new Random(command.Seed) : null;
        var (start, rest) = ContextOrder.FirstRound(count, command.StartIndex, shuffle);
        var nextId = s.NextItemId;
        var playId = nextId++;
        var upcoming = ContextOrder.NewSlots(rest, ref nextId);
        var current = new PlayedItem(nextId++, context.TrackIds[start], QueueSource.Context, playId, start);
        var progress = new ContextProgress { Context = context, PlayId = playId, Upcoming = upcoming, Anchor = start, Played = [start] };
        // The personal queue survives a new context (Spotify): it plays right after the chosen track.
        var t = s with
        {
            Context = progress,
            Radio = [],
            NextItemId = nextId,
            ShuffleSeed = shuffle?.Next() ?? s.ShuffleSeed,
        };
        return Become(t, current) with { IsPlaying = true };
    }

    private static PlaybackState SetShuffle(PlaybackState s, bool enabled, int seed)
    {
        if (enabled == s.Shuffle) return s;
        if (s.Context is not { } context) return s with { Shuffle = enabled, ShuffleSeed = enabled ? seed : s.ShuffleSeed };
        var nextId = s.NextItemId;
        if (!enabled)
            return s with { Shuffle = false, Context = context with { Upcoming = ContextOrder.Unshuffle(context, ref nextId) }, NextItemId = nextId };
        var random = new Random(seed);
        var upcoming = ContextOrder.Reshuffle(context, random, ref nextId);
        return s with { Shuffle = true, Context = context with { Upcoming = upcoming }, NextItemId = nextId, ShuffleSeed = random.Next() };
    }

    private static PlaybackState SetRepeat(PlaybackState s, RepeatMode mode)
    {
        if (!Enum.IsDefined(mode)) throw new ArgumentOutOfRangeException(nameof(mode), $"Unknown repeat mode {mode}.");
        if (mode == s.Repeat) return s;
        var t = s with { Repeat = mode };
        // Once the context loops, recommendations waiting after it would never play.
        return WrapsContext(t) ? t with { Radio = [] } : t;
    }

    private static PlaybackState Pause(PlaybackState s, long positionMs)
    {
        if (positionMs < 0) throw QueueException.NegativePosition(positionMs);
        if (s.Current is null || (!s.IsPlaying && s.PositionMs == positionMs)) return s;
        return s with { IsPlaying = false, PositionMs = positionMs };
    }

    private PlaybackState Resume(PlaybackState s)
    {
        if (s.Current is null) return TakeNext(s) is { } started ? started with { IsPlaying = true } : s;
        return s.IsPlaying ? s : s with { IsPlaying = true };
    }

    private static PlaybackState SetPosition(PlaybackState s, long positionMs)
    {
        if (positionMs < 0) throw QueueException.NegativePosition(positionMs);
        return s.Current is null || s.PositionMs == positionMs ? s : s with { PositionMs = positionMs };
    }

    /// <summary>True when the end of the context leads back to its start rather than to radio.</summary>
    private static bool WrapsContext(PlaybackState s) =>
        s.Repeat != RepeatMode.Off && s.Context is { } c && c.Playable().Any();

    private static ImmutableArray<QueueEntry> NewEntries(IReadOnlyList<long>? trackIds, ref long nextItemId)
    {
        if (trackIds is null || trackIds.Count == 0) throw QueueException.NoTracks();
        var entries = ImmutableArray.CreateBuilder<QueueEntry>(trackIds.Count);
        foreach (var trackId in trackIds) entries.Add(new QueueEntry(nextItemId++, trackId));
        return entries.MoveToImmutable();
    }
}

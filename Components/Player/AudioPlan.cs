using MediaSuite.Domain.Playback;

namespace MediaSuite.Components.Player;

/// <summary>Where the audio must be: <see cref="Ms"/>, moved to even when the audio is already close to it when <see cref="Force"/>.</summary>
public sealed record PositionOrder(long Ms, bool Force);

/// <summary>
/// What the browser's audio must do for a new playback state: load a new current item or keep the
/// one it has, what to preload for a gapless start, play or pause, and whether to move.
/// </summary>
/// <param name="Load">The current item is not the one the audio has loaded.</param>
/// <param name="Next">What plays when the current track ends, to preload; null under repeat one (the track itself) or when nothing is known yet.</param>
public sealed record AudioPlan(PlayedItem? Current, bool Load, QueueViewItem? Next, bool RepeatOne, bool Playing, PositionOrder? Position)
{
    /// <param name="command">What made the state; null for the first look at it (a page load), which puts the audio where the state says.</param>
    /// <param name="loadedItemId">The queue item the audio has loaded now.</param>
    public static AudioPlan For(PlaybackState state, QueueCommand? command, long? loadedItemId)
    {
        ArgumentNullException.ThrowIfNull(state);
        var current = state.Current;
        var load = current is not null && current.Id != loadedItemId;
        var repeatOne = state.Repeat == RepeatMode.One;
        // The next round of repeat all is drawn only when it starts, so nothing is preloaded across a round's end.
        var next = repeatOne ? null : QueueView.Of(state, limit: 1).Upcoming.FirstOrDefault();
        return new AudioPlan(current, load, next, repeatOne, state.IsPlaying && current is not null, current is null ? null : PositionFor(state, command, load));
    }

    private static PositionOrder? PositionFor(PlaybackState state, QueueCommand? command, bool load) => (load, command) switch
    {
        (true, _) or (_, null) => new PositionOrder(state.PositionMs, true),
        // A position report or a pause comes from a player that is already there (or close): no jump for it.
        (_, QueueCommand.SetPosition or QueueCommand.Pause) => new PositionOrder(state.PositionMs, false),
        // "Previous" restarted the track: back to the start even from a second in.
        (_, QueueCommand.Previous) => new PositionOrder(state.PositionMs, true),
        // Repeat one (or the end of everything) put the same track back to its start; the audio has just restarted it itself.
        (_, QueueCommand.TrackEnded or QueueCommand.Next { UserInitiated: false }) => new PositionOrder(state.PositionMs, false),
        _ => null,
    };
}

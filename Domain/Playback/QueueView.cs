using System.Collections.Immutable;

namespace MediaSuite.Domain.Playback;

public sealed record QueueViewItem(long ItemId, long TrackId, QueueSource Source);

public sealed record ContextLabel(ContextKind Kind, string Id, string Name);

/// <summary>
/// What the queue panel shows: the current track, then upcoming items in the order they will play,
/// each labelled Queue, Context or Radio. Under repeat all only the current round is listed, because
/// a shuffled next round is not drawn until it starts.
/// </summary>
public sealed record QueueView(
    QueueViewItem? NowPlaying,
    ContextLabel? PlayingFrom,
    ImmutableArray<QueueViewItem> Upcoming,
    int UpcomingCount,
    RepeatMode Repeat,
    bool Shuffle,
    bool IsPlaying,
    long Revision)
{
    /// <param name="limit">Contexts can hold thousands of tracks; the panel lists this many and shows <see cref="UpcomingCount"/>.</param>
    public static QueueView Of(PlaybackState state, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var context = state.Context;
        var queued = state.Queue.Select(e => new QueueViewItem(e.Id, e.TrackId, QueueSource.Queue));
        var fromContext = context is null
            ? []
            : context.Upcoming.Select(slot => new QueueViewItem(slot.Id, context.TrackAt(slot.Index), QueueSource.Context));
        var radio = state.Radio.Select(e => new QueueViewItem(e.Id, e.TrackId, QueueSource.Radio));
        var count = state.Queue.Length + (context?.Upcoming.Length ?? 0) + state.Radio.Length;

        return new QueueView(
            state.Current is { } current ? new QueueViewItem(current.Id, current.TrackId, current.Source) : null,
            context is null ? null : new ContextLabel(context.Context.Kind, context.Context.Id, context.Context.Name),
            [.. queued.Concat(fromContext).Concat(radio).Take(limit)],
            count,
            state.Repeat,
            state.Shuffle,
            state.IsPlaying,
            state.Revision);
    }
}

using System.Collections.Immutable;

namespace MediaSuite.Domain.Playback;

/// <summary>Changing what is upcoming without moving playback: play next, add, drag, remove, clear.</summary>
public sealed partial class QueueEngine
{
    private static PlaybackState PlayNext(PlaybackState s, IReadOnlyList<long> trackIds)
    {
        var nextId = s.NextItemId;
        var entries = NewEntries(trackIds, ref nextId);
        return s with
        {
            Queue = s.Queue.InsertRange(s.PlayNextCount, entries),
            PlayNextCount = s.PlayNextCount + entries.Length,
            NextItemId = nextId,
        };
    }

    private static PlaybackState AddToQueue(PlaybackState s, IReadOnlyList<long> trackIds)
    {
        var nextId = s.NextItemId;
        var entries = NewEntries(trackIds, ref nextId);
        return s with { Queue = s.Queue.AddRange(entries), NextItemId = nextId };
    }

    private static PlaybackState Move(PlaybackState s, long itemId, int toIndex)
    {
        if (toIndex < 0) throw QueueException.NegativeIndex(toIndex);
        var (source, from) = Locate(s, itemId);
        switch (source)
        {
            case QueueSource.Queue:
                return MoveInQueue(s, from, toIndex);
            case QueueSource.Context:
                var context = s.Context!;
                var upcoming = MoveWithin(context.Upcoming, from, toIndex);
                return upcoming == context.Upcoming ? s : s with { Context = context with { Upcoming = upcoming } };
            default:
                var radio = MoveWithin(s.Radio, from, toIndex);
                return radio == s.Radio ? s : s with { Radio = radio };
        }
    }

    /// <summary>
    /// A dragged queue item joins the "Play next" block when dropped inside it, and keeps its own
    /// block when dropped on the boundary, so later "Play next" items still land where the user expects.
    /// </summary>
    private static PlaybackState MoveInQueue(PlaybackState s, int from, int toIndex)
    {
        var to = Math.Min(toIndex, s.Queue.Length - 1);
        if (to == from) return s;
        var wasPlayNext = from < s.PlayNextCount;
        var countWithout = s.PlayNextCount - (wasPlayNext ? 1 : 0);
        var joinsPlayNext = to < countWithout || (to == countWithout && wasPlayNext);
        var queue = s.Queue.RemoveAt(from).Insert(to, s.Queue[from]);
        return s with { Queue = queue, PlayNextCount = countWithout + (joinsPlayNext ? 1 : 0) };
    }

    /// <summary>An index past the end drops the item last, as a drop below the last row does.</summary>
    private static ImmutableArray<T> MoveWithin<T>(ImmutableArray<T> items, int from, int toIndex)
    {
        var to = Math.Min(toIndex, items.Length - 1);
        return to == from ? items : items.RemoveAt(from).Insert(to, items[from]);
    }

    private static PlaybackState Remove(PlaybackState s, long itemId)
    {
        var (source, index) = Locate(s, itemId);
        switch (source)
        {
            case QueueSource.Queue:
                return s with { Queue = s.Queue.RemoveAt(index), PlayNextCount = s.PlayNextCount - (index < s.PlayNextCount ? 1 : 0) };
            case QueueSource.Context:
                var context = s.Context!;
                var removed = context.Upcoming[index].Index;
                return s with
                {
                    Context = context with
                    {
                        Upcoming = context.Upcoming.RemoveAt(index),
                        Removed = context.Removed.Contains(removed) ? context.Removed : context.Removed.Add(removed),
                    },
                };
            default:
                return s with { Radio = s.Radio.RemoveAt(index) };
        }
    }

    private static PlaybackState ClearQueue(PlaybackState s) =>
        s.Queue.IsEmpty ? s : s with { Queue = [], PlayNextCount = 0 };
}

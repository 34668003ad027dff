using System.Collections.Immutable;

namespace MediaSuite.Domain.Playback;

/// <summary>How the upcoming part of a context is ordered: first round, repeat rounds, shuffle on and off.</summary>
internal static class ContextOrder
{
    public static ImmutableArray<ContextSlot> NewSlots(IEnumerable<int> indices, ref long nextItemId)
    {
        var slots = ImmutableArray.CreateBuilder<ContextSlot>();
        foreach (var index in indices) slots.Add(new ContextSlot(nextItemId++, index));
        return slots.ToImmutable();
    }

    /// <summary>The first track and the order of the rest when playback of a context starts.</summary>
    public static (int Start, int[] Others) FirstRound(int count, int? startIndex, Random? shuffle)
    {
        if (shuffle is null)
        {
            var first = startIndex ?? 0;
            return (first, Enumerable.Range(first + 1, count - first - 1).ToArray());
        }
        // Spotify: a chosen track plays first and the whole rest is shuffled behind it, earlier tracks included.
        var start = startIndex ?? shuffle.Next(count);
        var rest = Enumerable.Range(0, count).Where(i => i != start).ToArray();
        shuffle.Shuffle(rest);
        return (start, rest);
    }

    /// <summary>
    /// The order of a repeat-all round. Shuffled rounds never open with the track that just ended
    /// (unless every playable item is that track, as in a one-track context).
    /// </summary>
    public static int[] NextRound(ContextProgress context, long? endedTrackId, Random? shuffle)
    {
        var order = context.Playable().ToArray();
        if (shuffle is null || order.Length < 2) return order;
        shuffle.Shuffle(order);
        if (endedTrackId is { } ended && context.TrackAt(order[0]) == ended)
        {
            var others = Enumerable.Range(1, order.Length - 1).Where(i => context.TrackAt(order[i]) != ended).ToArray();
            if (others.Length > 0)
            {
                var swap = others[shuffle.Next(others.Length)];
                (order[0], order[swap]) = (order[swap], order[0]);
            }
        }
        return order;
    }

    /// <summary>
    /// Shuffle on: everything of this round that has not played yet (the upcoming items, plus tracks
    /// before the start point or jumped over) in random order. Upcoming items keep their ids.
    /// </summary>
    public static ImmutableArray<ContextSlot> Reshuffle(ContextProgress context, Random shuffle, ref long nextItemId)
    {
        var upcoming = context.Upcoming.Select(s => s.Index).ToHashSet();
        var played = context.Played.ToHashSet();
        var fresh = context.Playable().Where(i => !upcoming.Contains(i) && !played.Contains(i));
        var all = context.Upcoming.AddRange(NewSlots(fresh, ref nextItemId)).ToArray();
        shuffle.Shuffle(all);
        return [.. all];
    }

    /// <summary>Shuffle off: the original order from the track after the last one that played. Items still upcoming keep their ids.</summary>
    public static ImmutableArray<ContextSlot> Unshuffle(ContextProgress context, ref long nextItemId)
    {
        var ids = new Dictionary<int, long>();
        foreach (var slot in context.Upcoming) ids.TryAdd(slot.Index, slot.Id);
        var slots = ImmutableArray.CreateBuilder<ContextSlot>();
        foreach (var index in context.Playable().Where(i => i > context.Anchor))
            slots.Add(new ContextSlot(ids.TryGetValue(index, out var id) ? id : nextItemId++, index));
        return slots.ToImmutable();
    }
}

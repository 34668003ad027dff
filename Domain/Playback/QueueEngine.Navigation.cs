namespace MediaSuite.Domain.Playback;

/// <summary>Moving through the queue: next, track end, previous, play from here, and radio.</summary>
public sealed partial class QueueEngine
{
    private PlaybackState Advance(PlaybackState s, bool userInitiated)
    {
        if (s.Current is null && !userInitiated) return s;
        // Repeat one only holds automatic advances; a user's "next" skips (Spotify does the same).
        if (!userInitiated && s.Repeat == RepeatMode.One) return s with { PositionMs = 0, IsPlaying = true };
        if (TakeNext(s) is not { } next)
            return userInitiated ? s : s with { PositionMs = 0, IsPlaying = false };
        // A user's skip keeps play/pause as it was; a track that ended was playing, so the next one plays.
        return next with { IsPlaying = !userInitiated || s.Current is null || s.IsPlaying };
    }

    /// <summary>The personal queue first, then the context (wrapping under repeat), then radio; null when nothing is left.</summary>
    private PlaybackState? TakeNext(PlaybackState s)
    {
        if (!s.Queue.IsEmpty) return TakeFromQueue(s, 0);
        if (s.Context is { } context)
        {
            if (!context.Upcoming.IsEmpty) return TakeFromContext(s, 0);
            if (WrapsContext(s) && StartNextRound(s) is { } wrapped) return TakeFromContext(wrapped, 0);
        }
        var filled = s.Radio.IsEmpty ? FillRadio(s) : s;
        return filled.Radio.IsEmpty ? null : TakeFromRadio(filled, 0);
    }

    private PlaybackState Previous(PlaybackState s, long positionMs)
    {
        if (positionMs < 0) throw QueueException.NegativePosition(positionMs);
        if (s.Current is not { } current) return s;
        if (positionMs > _limits.RestartThreshold.TotalMilliseconds || s.History.IsEmpty) return s with { PositionMs = 0 };

        var back = s.History[^1];
        var t = PutBack(s with { History = s.History.RemoveAt(s.History.Length - 1) }, current);
        if (back.IsFromContext(t.Context))
        {
            var context = t.Context!;
            var index = back.ContextIndex!.Value;
            t = t with { Context = context with { Anchor = index, Played = context.Played.Contains(index) ? context.Played : context.Played.Add(index) } };
        }
        return t with { Current = back, PositionMs = 0 };
    }

    /// <summary>
    /// Returns the track "previous" leaves to where it plays next: a context item to the front of its
    /// context, a radio item to the front of the radio, anything else (a queue item, a track from an
    /// earlier context) to the front of the personal queue.
    /// </summary>
    private static PlaybackState PutBack(PlaybackState s, PlayedItem item)
    {
        if (item.IsFromContext(s.Context))
        {
            var context = s.Context!;
            var index = item.ContextIndex!.Value;
            return s with { Context = context with { Upcoming = context.Upcoming.Insert(0, new ContextSlot(item.Id, index)), Anchor = index - 1 } };
        }
        var entry = new QueueEntry(item.Id, item.TrackId);
        if (item.Source == QueueSource.Radio && RadioIsNext(s)) return s with { Radio = s.Radio.Insert(0, entry) };
        return s with { Queue = s.Queue.Insert(0, entry), PlayNextCount = s.PlayNextCount + 1 };
    }

    private PlaybackState PlayFromHere(PlaybackState s, long itemId)
    {
        var (source, index) = Locate(s, itemId);
        var next = source switch
        {
            QueueSource.Queue => TakeFromQueue(s, index),
            QueueSource.Context => TakeFromContext(s, index),
            _ => TakeFromRadio(s, index),
        };
        return next with { IsPlaying = true };
    }

    private PlaybackState TakeFromQueue(PlaybackState s, int index)
    {
        var entry = s.Queue[index];
        var t = s with { Queue = s.Queue.RemoveRange(0, index + 1), PlayNextCount = Math.Max(0, s.PlayNextCount - (index + 1)) };
        return Become(t, new PlayedItem(entry.Id, entry.TrackId, QueueSource.Queue));
    }

    /// <summary>Skipped items before <paramref name="index"/> are dropped from this round but not marked played.</summary>
    private PlaybackState TakeFromContext(PlaybackState s, int index)
    {
        var context = s.Context!;
        var slot = context.Upcoming[index];
        var played = context.Played.Contains(slot.Index) ? context.Played : context.Played.Add(slot.Index);
        var t = s with { Context = context with { Upcoming = context.Upcoming.RemoveRange(0, index + 1), Played = played, Anchor = slot.Index } };
        return Become(t, new PlayedItem(slot.Id, context.TrackAt(slot.Index), QueueSource.Context, context.PlayId, slot.Index));
    }

    private PlaybackState TakeFromRadio(PlaybackState s, int index)
    {
        var entry = s.Radio[index];
        return Become(s with { Radio = s.Radio.RemoveRange(0, index + 1) }, new PlayedItem(entry.Id, entry.TrackId, QueueSource.Radio));
    }

    /// <summary>Makes <paramref name="item"/> current from its start; the old current joins the bounded history.</summary>
    private PlaybackState Become(PlaybackState s, PlayedItem item)
    {
        var history = s.History;
        if (s.Current is { } previous)
        {
            history = history.Add(previous);
            if (history.Length > _limits.HistorySize) history = history.RemoveRange(0, history.Length - _limits.HistorySize);
        }
        return s with { Current = item, PositionMs = 0, History = history };
    }

    private static PlaybackState? StartNextRound(PlaybackState s)
    {
        var context = s.Context!;
        var shuffle = s.Shuffle ? new Random(s.ShuffleSeed) : null;
        var order = ContextOrder.NextRound(context, s.Current?.TrackId, shuffle);
        if (order.Length == 0) return null;
        var nextId = s.NextItemId;
        var upcoming = ContextOrder.NewSlots(order, ref nextId);
        return s with
        {
            Context = context with { Upcoming = upcoming, Played = [], Anchor = -1 },
            NextItemId = nextId,
            Radio = [],
            ShuffleSeed = shuffle?.Next() ?? s.ShuffleSeed,
        };
    }

    /// <summary>True when radio is what plays once the personal queue is empty.</summary>
    private static bool RadioIsNext(PlaybackState s) =>
        (s.Context is null || s.Context.Upcoming.IsEmpty) && !WrapsContext(s);

    /// <summary>Keeps recommendations ready while the last context track plays, so the queue panel shows what comes after it.</summary>
    private PlaybackState LookAheadRadio(PlaybackState s) =>
        s.Current is not null && s.Radio.IsEmpty && RadioIsNext(s) ? FillRadio(s) : s;

    private PlaybackState FillRadio(PlaybackState s)
    {
        var recent = new List<long>();
        if (s.Current is { } current) recent.Add(current.TrackId);
        for (var i = s.History.Length - 1; i >= 0; i--) recent.Add(s.History[i].TrackId);
        var seeds = recent.Distinct().Take(_limits.RadioSeedCount).ToList();

        var avoid = new HashSet<long>(recent);
        avoid.UnionWith(s.Queue.Select(e => e.TrackId));
        avoid.UnionWith(s.Radio.Select(e => e.TrackId));
        if (s.Context is { } context) avoid.UnionWith(context.Upcoming.Select(slot => context.TrackAt(slot.Index)));

        var candidates = radio.Recommend(new RadioRequest(seeds, new HashSet<long>(avoid), _limits.RadioBatchSize)) ?? [];
        var nextId = s.NextItemId;
        var picked = new List<QueueEntry>();
        foreach (var trackId in candidates)
        {
            if (picked.Count == _limits.RadioBatchSize) break;
            if (avoid.Add(trackId)) picked.Add(new QueueEntry(nextId++, trackId));
        }
        return picked.Count == 0 ? s : s with { Radio = s.Radio.AddRange(picked), NextItemId = nextId };
    }

    /// <summary>Finds an upcoming item by id: its section and its index there.</summary>
    private static (QueueSource Source, int Index) Locate(PlaybackState s, long itemId)
    {
        for (var i = 0; i < s.Queue.Length; i++)
            if (s.Queue[i].Id == itemId) return (QueueSource.Queue, i);
        if (s.Context is { } context)
        {
            for (var i = 0; i < context.Upcoming.Length; i++)
                if (context.Upcoming[i].Id == itemId) return (QueueSource.Context, i);
        }
        for (var i = 0; i < s.Radio.Length; i++)
            if (s.Radio[i].Id == itemId) return (QueueSource.Radio, i);
        throw s.Current?.Id == itemId ? QueueException.IsCurrent() : QueueException.NotUpcoming(itemId);
    }
}

using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace MediaSuite.Domain.Playback;

[JsonConverter(typeof(JsonStringEnumConverter<ContextKind>))]
public enum ContextKind
{
    Album,
    Playlist,
    Artist,
    Genre,
    Search,
}

/// <summary>What the user started playback from. <see cref="TrackIds"/> is in the caller's order (disc, then track for an album) and is never reordered.</summary>
public sealed record PlaybackContext(ContextKind Kind, string Id, string Name, ImmutableArray<long> TrackIds);

/// <summary>An upcoming context item: its own item id and the index of its track in <see cref="PlaybackContext.TrackIds"/>.</summary>
public readonly record struct ContextSlot(long Id, int Index);

/// <summary>How far playback has gone through a context.</summary>
public sealed record ContextProgress
{
    public required PlaybackContext Context { get; init; }

    /// <summary>Tells this playback of the context from an earlier one of the same album; history items carry it.</summary>
    public long PlayId { get; init; }

    /// <summary>What is left of this round, in play order (shuffled, dragged, or the original order).</summary>
    public ImmutableArray<ContextSlot> Upcoming { get; init; } = [];

    /// <summary>The index of the last context item that played; turning shuffle off resumes the original order after it.</summary>
    public int Anchor { get; init; } = -1;

    /// <summary>Indices played in this round; turning shuffle on reshuffles everything else.</summary>
    public ImmutableArray<int> Played { get; init; } = [];

    /// <summary>Indices the user removed from the queue panel; they stay out for this playback, across shuffles and rounds.</summary>
    public ImmutableArray<int> Removed { get; init; } = [];

    public long TrackAt(int index) => Context.TrackIds[index];

    /// <summary>The indices a new round would play, in original order.</summary>
    public IEnumerable<int> Playable()
    {
        var removed = Removed.ToHashSet();
        return Enumerable.Range(0, Context.TrackIds.Length).Where(i => !removed.Contains(i));
    }
}

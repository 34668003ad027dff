namespace MediaSuite.Domain.Playback;

/// <summary>Every way a queue command can be refused.</summary>
public enum QueueProblem
{
    EmptyContext,
    StartOutsideContext,
    NoTracks,
    ItemNotUpcoming,
    ItemIsCurrent,
    NegativeIndex,
    NegativePosition,
}

/// <summary>A refused queue command; <see cref="Exception.Message"/> is the sentence the user reads.</summary>
public sealed class QueueException(QueueProblem problem, string message) : Exception(message)
{
    public QueueProblem Problem { get; } = problem;

    internal static QueueException EmptyContext(PlaybackContext context) =>
        new(QueueProblem.EmptyContext, $"\"{context.Name}\" has no tracks to play.");

    internal static QueueException StartOutside(PlaybackContext context, int index) =>
        new(QueueProblem.StartOutsideContext, $"\"{context.Name}\" has {context.TrackIds.Length} tracks, so playback cannot start at position {index}.");

    internal static QueueException NoTracks() =>
        new(QueueProblem.NoTracks, "There are no tracks to add to the queue.");

    internal static QueueException NotUpcoming(long itemId) =>
        new(QueueProblem.ItemNotUpcoming, $"Item {itemId} is not in the upcoming queue any more; it may have played or been removed.");

    internal static QueueException IsCurrent() =>
        new(QueueProblem.ItemIsCurrent, "The track that is playing now cannot be moved or removed; skip it instead.");

    internal static QueueException NegativeIndex(int index) =>
        new(QueueProblem.NegativeIndex, $"A queue position cannot be negative (got {index}).");

    internal static QueueException NegativePosition(long positionMs) =>
        new(QueueProblem.NegativePosition, $"A playback position cannot be negative (got {positionMs} ms).");
}

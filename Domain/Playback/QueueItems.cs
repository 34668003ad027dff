using System.Text.Json.Serialization;

namespace MediaSuite.Domain.Playback;

/// <summary>Where an upcoming or played item comes from; the queue panel labels items with it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QueueSource>))]
public enum QueueSource
{
    Queue,
    Context,
    Radio,
}

/// <summary>An item of the personal queue or of the radio list. <see cref="Id"/> names this item, not the track.</summary>
public sealed record QueueEntry(long Id, long TrackId);

/// <summary>
/// The current track or one in the history. It remembers where it came from so that "previous"
/// can put it back where it will play again: a context item carries its context's play id and index.
/// </summary>
public sealed record PlayedItem(long Id, long TrackId, QueueSource Source, long? ContextPlayId = null, int? ContextIndex = null)
{
    public bool IsFromContext(ContextProgress? context) =>
        Source == QueueSource.Context && context is not null && ContextPlayId == context.PlayId && ContextIndex is not null;
}

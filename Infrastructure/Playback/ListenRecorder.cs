using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MediaSuite.Infrastructure.Playback;

/// <summary>How a listen ended.</summary>
public enum ListenEnd
{
    /// <summary>The track played to its end.</summary>
    Completed,

    /// <summary>The user moved on before the end: next, previous, another track or album started.</summary>
    Skipped,

    /// <summary>Neither: the page went away, its connection died, or another tab took over the playback.</summary>
    Stopped,
}

/// <summary>Who listens to what: the user, the browser (device id from its local storage), the queue item, its track and the context it came from.</summary>
public sealed record ListenSubject(string UserId, string? DeviceId, long ItemId, long TrackId, ContextLabel? Context);

/// <summary>
/// Turns a player's reports into the Listens table. A player (one per tab, by output id) has at most
/// one open listen: the first report of an item opens it, later reports raise the milliseconds played
/// (audio time the element actually played, not wall-clock time), and it is written once when the
/// item stops being current. A listen still open when its player dies is written with what was last
/// reported. Listens with nothing heard are not written.
/// </summary>
public sealed partial class ListenRecorder(IDbContextFactory<MediaSuiteDb> dbs, TimeProvider clock, ILogger<ListenRecorder> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, OpenListen> _open = new(StringComparer.Ordinal);

    /// <summary>The player has played <paramref name="subject"/> for <paramref name="playedMs"/> so far. A listen of another item left open is written as skipped.</summary>
    public async Task ProgressAsync(string outputId, ListenSubject subject, long playedMs)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputId);
        ArgumentNullException.ThrowIfNull(subject);
        OpenListen? replaced;
        lock (_lock)
        {
            if (_open.TryGetValue(outputId, out replaced) && IsSame(replaced, subject.UserId, subject.ItemId))
            {
                _open[outputId] = replaced with { PlayedMs = Math.Max(replaced.PlayedMs, playedMs) };
                return;
            }
            var played = Math.Max(0, playedMs);
            _open[outputId] = new OpenListen(subject, clock.GetUtcNow() - TimeSpan.FromMilliseconds(played), played);
        }
        if (replaced is not null) await WriteAsync(replaced, ListenEnd.Skipped);
    }

    /// <summary>The listen of <paramref name="itemId"/> on this player is over. Null when there was no such open listen or nothing was heard.</summary>
    public async Task<Listen?> FinishAsync(string outputId, string userId, long itemId, ListenEnd end, long playedMs)
    {
        OpenListen? open;
        lock (_lock)
        {
            if (!_open.TryGetValue(outputId, out open) || !IsSame(open, userId, itemId)) return null;
            _open.Remove(outputId);
        }
        return await WriteAsync(open with { PlayedMs = Math.Max(open.PlayedMs, playedMs) }, end);
    }

    /// <summary>The player went away without a last word (its connection closed): what it last reported is written as stopped.</summary>
    public async Task<Listen?> AbandonAsync(string outputId)
    {
        OpenListen? open;
        lock (_lock)
        {
            if (!_open.Remove(outputId, out open)) return null;
        }
        return await WriteAsync(open, ListenEnd.Stopped);
    }

    /// <summary>Writes one listen; whether it counts as a play follows <see cref="ListenRules.CountsAsPlay"/>. Null when nothing was heard or the track is gone.</summary>
    public async Task<Listen?> RecordAsync(ListenSubject subject, DateTimeOffset startedAt, long playedMs, ListenEnd end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (playedMs <= 0) return null;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var track = await db.Tracks.AsNoTracking().Where(t => t.Id == subject.TrackId).Select(t => new { t.DurationMs }).FirstOrDefaultAsync(cancellationToken);
        if (track is null) return null;
        var listen = new Listen
        {
            UserId = subject.UserId,
            DeviceId = subject.DeviceId,
            TrackId = subject.TrackId,
            ContextKind = subject.Context?.Kind,
            ContextId = subject.Context?.Id,
            ContextName = subject.Context?.Name,
            StartedAt = startedAt,
            PlayedMs = playedMs,
            Completed = end == ListenEnd.Completed,
            Skipped = end == ListenEnd.Skipped,
            CountsAsPlay = ListenRules.CountsAsPlay(track.DurationMs, playedMs),
        };
        db.Listens.Add(listen);
        await db.SaveChangesAsync(cancellationToken);
        return listen;
    }

    private static bool IsSame(OpenListen open, string userId, long itemId) =>
        open.Subject.ItemId == itemId && string.Equals(open.Subject.UserId, userId, StringComparison.Ordinal);

    /// <summary>A listen that cannot be written (the user or track was deleted meanwhile) is logged, never thrown at a player.</summary>
    private async Task<Listen?> WriteAsync(OpenListen open, ListenEnd end)
    {
        try
        {
            return await RecordAsync(open.Subject, open.StartedAt, open.PlayedMs, end);
        }
        catch (DbUpdateException e)
        {
            LogNotRecorded(logger, open.Subject.UserId, open.Subject.TrackId, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A listen of user {UserId} to track {TrackId} could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, string userId, long trackId, Exception exception);

    private sealed record OpenListen(ListenSubject Subject, DateTimeOffset StartedAt, long PlayedMs);
}

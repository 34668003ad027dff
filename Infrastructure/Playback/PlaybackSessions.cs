using System.Collections.Concurrent;
using System.Text.Json;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MediaSuite.Infrastructure.Playback;

/// <summary>
/// Each user's playback state, held in memory and saved on every change (SavedPlayback), so every page
/// and tab of a user sees one queue and a reload or a new sign-in resumes it. Commands for one user are
/// applied one at a time through <see cref="QueueEngine"/>; subscribers hear about each new state after
/// it is saved.
/// </summary>
public sealed partial class PlaybackSessions(IDbContextFactory<MediaSuiteDb> dbs, QueueEngine engine, TimeProvider clock, ILogger<PlaybackSessions> logger)
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    public async Task<PlaybackState> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        var session = SessionOf(userId);
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            return session.State ??= await LoadAsync(userId, cancellationToken);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>Applies a command and saves the result; throws <see cref="QueueException"/> when the engine refuses it.</summary>
    public Task<PlaybackState> ApplyAsync(string userId, QueueCommand command, CancellationToken cancellationToken = default) =>
        ApplyWhenAsync(userId, command, _ => true, cancellationToken);

    /// <summary>
    /// A player's report about the item it plays (its end, a pause, where it is). Ignored, and the
    /// current state returned, when <paramref name="itemId"/> is no longer current: a report that
    /// arrives after the user moved on, or from a second tab, must not move the queue again.
    /// </summary>
    public Task<PlaybackState> ReportAsync(string userId, long itemId, QueueCommand command, CancellationToken cancellationToken = default) =>
        ApplyWhenAsync(userId, command, state => state.Current?.Id == itemId, cancellationToken);

    private async Task<PlaybackState> ApplyWhenAsync(string userId, QueueCommand command, Func<PlaybackState, bool> applies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var session = SessionOf(userId);
        PlaybackState next;
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            var current = session.State ??= await LoadAsync(userId, cancellationToken);
            if (!applies(current)) return current;
            next = engine.Apply(current, command);
            if (ReferenceEquals(next, current)) return current;
            await SaveAsync(userId, next, cancellationToken);
            session.State = next;
        }
        finally
        {
            session.Gate.Release();
        }
        await session.PublishAsync(new PlaybackChange(next, command), logger);
        return next;
    }

    /// <summary>Calls <paramref name="onChanged"/> with every new state of the user's playback until disposed.</summary>
    public IDisposable Subscribe(string userId, Func<PlaybackState, Task> onChanged)
    {
        ArgumentNullException.ThrowIfNull(onChanged);
        return SubscribeChanges(userId, change => onChanged(change.State));
    }

    /// <summary>Like <see cref="Subscribe"/>, with the command that made each state: a player needs to tell a seek from a queue edit.</summary>
    public IDisposable SubscribeChanges(string userId, Func<PlaybackChange, Task> onChanged)
    {
        ArgumentNullException.ThrowIfNull(onChanged);
        return SessionOf(userId).Add(onChanged);
    }

    private Session SessionOf(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return _sessions.GetOrAdd(userId, _ => new Session());
    }

    private async Task<PlaybackState> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var saved = await db.SavedPlayback.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (saved is null) return PlaybackState.Empty;
        try
        {
            var state = JsonSerializer.Deserialize<PlaybackState>(saved.StateJson) ?? PlaybackState.Empty;
            // The server restarted or the user comes back: nothing is playing until a player starts it.
            return state.IsPlaying ? state with { IsPlaying = false } : state;
        }
        catch (JsonException e)
        {
            LogUnreadable(logger, userId, e);
            return PlaybackState.Empty with { Revision = saved.Revision + 1 };
        }
    }

    private async Task SaveAsync(string userId, PlaybackState state, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(state);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var updated = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO SavedPlayback (UserId, StateJson, Revision, UpdatedAt) VALUES ({userId}, {json}, {state.Revision}, {clock.GetUtcNow().UtcTicks})
            ON CONFLICT (UserId) DO UPDATE SET StateJson = excluded.StateJson, Revision = excluded.Revision, UpdatedAt = excluded.UpdatedAt
            """,
            cancellationToken);
        if (updated != 1) throw new InvalidOperationException("The playback state was not saved.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved playback of user {UserId} could not be read; it starts empty")]
    private static partial void LogUnreadable(ILogger logger, string userId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A playback subscriber failed")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception);

    private sealed class Session
    {
        private readonly Lock _lock = new();
        private ImmutableSubscribers _subscribers = ImmutableSubscribers.None;

        public SemaphoreSlim Gate { get; } = new(1, 1);
        public PlaybackState? State { get; set; }

        public IDisposable Add(Func<PlaybackChange, Task> handler)
        {
            lock (_lock) _subscribers = _subscribers.With(handler);
            return new Unsubscriber(() => { lock (_lock) _subscribers = _subscribers.Without(handler); });
        }

        public async Task PublishAsync(PlaybackChange change, ILogger logger)
        {
            foreach (var handler in _subscribers.Handlers)
            {
                try
                {
                    await handler(change);
                }
                catch (Exception e)
                {
                    LogSubscriberFailed(logger, e);
                }
            }
        }
    }

    private sealed record ImmutableSubscribers(IReadOnlyList<Func<PlaybackChange, Task>> Handlers)
    {
        public static ImmutableSubscribers None { get; } = new([]);
        public ImmutableSubscribers With(Func<PlaybackChange, Task> h) => new([.. Handlers, h]);
        public ImmutableSubscribers Without(Func<PlaybackChange, Task> h) => new(Handlers.Where(x => x != h).ToList());
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}

using Microsoft.Extensions.Logging;

namespace MediaSuite.Infrastructure.Playback;

/// <summary>
/// Which of a user's open players (one per browser tab) is the speaker. A user has one queue but may
/// have several tabs open; only one of them may play the audio, or two tabs would play over each
/// other and both report the end of a track. The tab where playback was last started is the speaker;
/// the others show the same state and stay silent. Held in memory: a restart has no live players.
/// </summary>
public sealed partial class PlaybackOutputs(ILogger<PlaybackOutputs> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _active = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Func<string?, Task>>> _subscribers = new(StringComparer.Ordinal);

    public string? ActiveOf(string userId)
    {
        lock (_lock) return _active.GetValueOrDefault(userId);
    }

    /// <summary>Makes <paramref name="outputId"/> the user's speaker; the one before it hears that it has been replaced.</summary>
    public Task ClaimAsync(string userId, string outputId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(outputId);
        lock (_lock)
        {
            if (_active.GetValueOrDefault(userId) == outputId) return Task.CompletedTask;
            _active[userId] = outputId;
        }
        return PublishAsync(userId, outputId);
    }

    /// <summary>A player goes away; when it was the speaker, the user has none until another one starts playback.</summary>
    public Task ReleaseAsync(string userId, string outputId)
    {
        lock (_lock)
        {
            if (_active.GetValueOrDefault(userId) != outputId) return Task.CompletedTask;
            _active.Remove(userId);
        }
        return PublishAsync(userId, null);
    }

    /// <summary>Calls <paramref name="onChanged"/> with the new speaker (null: none) of the user until disposed.</summary>
    public IDisposable Subscribe(string userId, Func<string?, Task> onChanged)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(onChanged);
        lock (_lock)
        {
            if (!_subscribers.TryGetValue(userId, out var list)) _subscribers[userId] = list = [];
            list.Add(onChanged);
        }
        return new Unsubscriber(() =>
        {
            lock (_lock)
            {
                if (!_subscribers.TryGetValue(userId, out var list)) return;
                list.Remove(onChanged);
                if (list.Count == 0) _subscribers.Remove(userId);
            }
        });
    }

    private async Task PublishAsync(string userId, string? outputId)
    {
        Func<string?, Task>[] handlers;
        lock (_lock) handlers = _subscribers.TryGetValue(userId, out var list) ? [.. list] : [];
        foreach (var handler in handlers)
        {
            try
            {
                await handler(outputId);
            }
            catch (Exception e)
            {
                LogSubscriberFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A player output subscriber failed")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception);

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}

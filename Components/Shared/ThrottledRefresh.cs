using MediaSuite.Jobs;

namespace MediaSuite.Components.Shared;

/// <summary>
/// Redraws a page when job runs change, at most once per quiet period however fast jobs report:
/// a scan must not re-render the UI per file.
/// </summary>
public sealed class ThrottledRefresh : IDisposable
{
    private readonly IDisposable _subscription;
    private int _pending;

    /// <param name="dispatch">The component's InvokeAsync, so the refresh runs on its render context.</param>
    /// <param name="refresh">Reloads what the page shows and re-renders it.</param>
    public ThrottledRefresh(JobEvents events, TimeSpan quiet, Func<Func<Task>, Task> dispatch, Func<Task> refresh)
    {
        _subscription = events.Subscribe(runId =>
        {
            if (Interlocked.Exchange(ref _pending, 1) == 1) return;
            _ = dispatch(async () =>
            {
                await Task.Delay(quiet);
                Interlocked.Exchange(ref _pending, 0);
                await refresh();
            });
        });
    }

    public void Dispose() => _subscription.Dispose();
}

namespace MediaSuite.Jobs;

/// <summary>
/// App-wide "a run changed" signal for the Jobs page and tests. Subscribers get the run id and read
/// what they need; a burst of progress reports costs them only what they choose to redraw.
/// </summary>
public sealed class JobEvents
{
    private readonly Lock _gate = new();
    private ImmutableHandlers _handlers = new([]);

    public IDisposable Subscribe(Action<long> handler)
    {
        lock (_gate) _handlers = new([.. _handlers.Items, handler]);
        return new Subscription(this, handler);
    }

    public void Publish(long runId)
    {
        foreach (var handler in _handlers.Items)
        {
            try { handler(runId); }
            catch (ObjectDisposedException) { /* a page that went away mid-publish */ }
        }
    }

    private void Unsubscribe(Action<long> handler)
    {
        lock (_gate) _handlers = new(_handlers.Items.Where(h => h != handler).ToArray());
    }

    private sealed record ImmutableHandlers(Action<long>[] Items);

    private sealed class Subscription(JobEvents owner, Action<long> handler) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(handler);
    }
}

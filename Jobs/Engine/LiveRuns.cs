using MediaSuite.Infrastructure.Jobs;

namespace MediaSuite.Jobs;

/// <summary>A run in progress on this node: its latest progress (in memory, saved periodically) and its cancel switch.</summary>
public sealed class LiveRun(long runId, string jobKey, string target, DateTimeOffset startedAt, CancellationTokenSource cancel)
{
    private Progress _current = Progress.None;
    private int _warnings;

    public long RunId => runId;
    public string JobKey => jobKey;
    public string Target => target;
    public DateTimeOffset StartedAt => startedAt;
    public Progress Current => Volatile.Read(ref _current);
    public int Warnings => Volatile.Read(ref _warnings);
    public bool CancelRequested { get; private set; }

    public void Update(Progress progress) => Volatile.Write(ref _current, progress);

    public void AddWarning() => Interlocked.Increment(ref _warnings);

    public void RequestCancel()
    {
        CancelRequested = true;
        cancel.Cancel();
    }
}

/// <summary>Runs executing in this process, by run id, and the switch that stops them all when the server stops.</summary>
public sealed class LiveRuns
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, LiveRun> _runs = new();
    private readonly CancellationTokenSource _shutdown = new();

    public CancellationToken ShutdownToken => _shutdown.Token;

    public bool IsEmpty => _runs.IsEmpty;

    public void StopAll() => _shutdown.Cancel();

    public void Add(LiveRun run) => _runs[run.RunId] = run;

    public void Remove(long runId) => _runs.TryRemove(runId, out _);

    public LiveRun? Find(long runId) => _runs.GetValueOrDefault(runId);

    public IReadOnlyList<LiveRun> All => _runs.Values.OrderBy(r => r.StartedAt).ToList();
}

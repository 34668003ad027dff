using System.Collections.Concurrent;
using MediaSuite.Domain.Jobs;
using MediaSuite.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Jobs;

/// <summary>
/// Jobs that exist only for the engine's tests. They are registered through the same AddMediaJob
/// contract as the real ones and keyed by target, so test classes running in parallel stay apart.
/// </summary>
public static class TestJobs
{
    public static void Register(IServiceCollection services)
    {
        services.AddMediaJob<GateJob>(GateJob.Descriptor);
        services.AddMediaJob<ItemsJob>(ItemsJob.Descriptor);
        services.AddMediaJob<FlakyJob>(FlakyJob.Descriptor);
        services.AddMediaJob<AnalysisJob>(AnalysisJob.Descriptor);
    }
}

/// <summary>A library-category, recoverable job that reports a third done, then waits until the test opens its gate.</summary>
public sealed class GateJob : IMediaJob
{
    public static JobDescriptor Descriptor { get; } = new("test-gate", "Test gate", "Waits for the test.", JobCategory.Library, Recoverable: true, typeof(GateJob));

    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Gates = new();
    private static readonly ConcurrentDictionary<string, int> Runs = new();
    private static readonly ConcurrentDictionary<string, int[]> Concurrency = new();

    /// <summary>The most runs of one group (the target up to its first '-') that were inside the job at once.</summary>
    public static int MaxConcurrent(string group) => Concurrency.TryGetValue(group, out var c) ? Volatile.Read(ref c[1]) : 0;

    public static int RunsOf(string target) => Runs.GetValueOrDefault(target);

    public static void Open(string target) => Gate(target).TrySetResult();

    private static TaskCompletionSource Gate(string target) => Gates.GetOrAdd(target, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    public async Task RunAsync(JobRunContext context)
    {
        Runs.AddOrUpdate(context.Target, 1, (_, n) => n + 1);
        var counters = Concurrency.GetOrAdd(context.Target.Split('-')[0], _ => new int[2]);
        var now = Interlocked.Increment(ref counters[0]);
        InterlockedMax(ref counters[1], now);
        try
        {
            context.Report(1, 3, "waiting at the gate");
            await Gate(context.Target).Task.WaitAsync(context.CancellationToken);
            context.Report(3, 3, "through the gate");
        }
        finally
        {
            Interlocked.Decrement(ref counters[0]);
        }
    }

    private static void InterlockedMax(ref int location, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref location)) < value && Interlocked.CompareExchange(ref location, value, seen) != seen) { }
    }
}

/// <summary>Handles five items; "bad" ones are recorded as warnings and the run goes on.</summary>
public sealed class ItemsJob : IMediaJob
{
    public static JobDescriptor Descriptor { get; } = new("test-items", "Test items", "Five items, some bad.", JobCategory.Background, Recoverable: false, typeof(ItemsJob));

    public async Task RunAsync(JobRunContext context)
    {
        string[] items = ["a", "bad-1", "c", "bad-2", "e"];
        for (var i = 0; i < items.Length; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (items[i].StartsWith("bad")) await context.WarnAsync(items[i], "unreadable");
            context.Report(i + 1, items.Length, $"item {items[i]}");
        }
    }
}

/// <summary>Fails while its target is marked failing, with a real exception.</summary>
public sealed class FlakyJob : IMediaJob
{
    public static JobDescriptor Descriptor { get; } = new("test-flaky", "Test flaky", "Fails on demand.", JobCategory.Background, Recoverable: false, typeof(FlakyJob));

    public static readonly ConcurrentDictionary<string, bool> Failing = new();

    public Task RunAsync(JobRunContext context) =>
        Failing.GetValueOrDefault(context.Target) ? throw new InvalidOperationException($"boom for {context.Target}") : Task.CompletedTask;
}

/// <summary>An analysis-category job, for the node that refuses analysis.</summary>
public sealed class AnalysisJob : IMediaJob
{
    public static JobDescriptor Descriptor { get; } = new("test-analysis", "Test analysis", "Pretends to analyse.", JobCategory.Analysis, Recoverable: false, typeof(AnalysisJob),
        new JobSchedule("0 0 3 * * ?", "Daily at 03:00"));

    public Task RunAsync(JobRunContext context) => Task.CompletedTask;
}

using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Jobs;
using MediaSuite.Jobs;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Jobs;

public static class JobsHarness
{
    /// <summary>How long a test waits for a run to reach a state before failing with what it saw; a bound, not a timing assumption.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static MediaSuiteFactory NewFactory(string? dataDirectory = null, bool keep = false) =>
        new(dataDirectory) { ExtraServices = TestJobs.Register, KeepDataDirectory = keep };

    public static JobScheduler Scheduler(this MediaSuiteFactory factory) => factory.Services.GetRequiredService<JobScheduler>();

    public static JobRunStore Runs(this MediaSuiteFactory factory) => factory.Services.GetRequiredService<JobRunStore>();

    public static async Task<long> QueueAsync(this MediaSuiteFactory factory, string jobKey, string? target = null, TimeSpan? delay = null)
    {
        var result = await factory.Scheduler().EnqueueAsync(jobKey, target, delay: delay);
        Assert.True(result.Accepted, result.Message);
        return result.RunId!.Value;
    }

    /// <summary>Waits, woken by the engine's run events, until the run satisfies the condition.</summary>
    public static async Task<JobRun> WaitForAsync(this MediaSuiteFactory factory, long runId, Func<JobRun, bool> until, string what)
    {
        var store = factory.Runs();
        using var signal = new SemaphoreSlim(0);
        using var subscription = factory.Services.GetRequiredService<JobEvents>().Subscribe(id => { if (id == runId) signal.Release(); });
        var deadline = DateTime.UtcNow + Patience;
        JobRun? run = null;
        while (true)
        {
            run = await store.GetAsync(runId);
            if (run is not null && until(run)) return run;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await signal.WaitAsync(left))
                throw new Xunit.Sdk.XunitException($"Run {runId} never became {what}; last seen: {run?.State} '{run?.Message}' {run?.Error}");
        }
    }

    public static Task<JobRun> WaitForStateAsync(this MediaSuiteFactory factory, long runId, JobRunState state) =>
        factory.WaitForAsync(runId, r => r.State == state, state.ToString());

    /// <summary>The run that has this one as its origin (a retry or a recovery).</summary>
    public static async Task<JobRun> FollowUpOfAsync(this MediaSuiteFactory factory, long runId)
    {
        var active = await factory.Runs().ListActiveAsync();
        var history = await factory.Runs().ListHistoryAsync(100);
        return active.Concat(history).Single(r => r.RetryOf == runId);
    }
}

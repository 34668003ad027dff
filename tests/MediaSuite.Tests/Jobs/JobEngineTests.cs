using MediaSuite.Domain.Jobs;
using MediaSuite.Jobs;
using MediaSuite.Jobs.Maintenance;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Jobs;

public sealed class JobEngineTests : IDisposable
{
    private readonly MediaSuiteFactory _factory = JobsHarness.NewFactory();
    private readonly string _target = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Run_WithBadItems_RecordsWarningsAndCompletes()
    {
        var events = 0;
        using var counting = _factory.Services.GetRequiredService<JobEvents>().Subscribe(_ => Interlocked.Increment(ref events));

        var id = await _factory.QueueAsync("test-items", _target);
        var run = await _factory.WaitForStateAsync(id, JobRunState.Succeeded);

        Assert.Equal(2, run.WarningCount);
        Assert.Equal(100, run.Percent);
        Assert.Equal(5, run.ItemsDone);
        Assert.Equal(JobTrigger.Manual, run.Trigger);
        Assert.NotNull(run.StartedAt);
        Assert.True(run.FinishedAt >= run.StartedAt);
        var warnings = await _factory.Runs().ListWarningsAsync(id);
        Assert.Equal(["bad-1", "bad-2"], warnings.Select(w => w.Item));
        Assert.All(warnings, w => Assert.Equal("unreadable", w.Message));
        Assert.True(events >= 5, $"progress was pushed {events} time(s)");
    }

    [Fact]
    public async Task Enqueue_SameJobAndTargetWhileActive_IsRefused()
    {
        var first = await _factory.QueueAsync("test-gate", _target);
        await _factory.WaitForStateAsync(first, JobRunState.Running);

        var again = await _factory.Scheduler().EnqueueAsync("test-gate", _target);
        Assert.Equal(EnqueueOutcome.AlreadyActive, again.Outcome);
        Assert.Equal(first, again.RunId);
        Assert.Contains("already running", again.Message);

        GateJob.Open(_target);
        await _factory.WaitForStateAsync(first, JobRunState.Succeeded);
        var second = await _factory.QueueAsync("test-gate", _target);
        await _factory.WaitForStateAsync(second, JobRunState.Succeeded);
        Assert.Equal(2, GateJob.RunsOf(_target));
    }

    [Fact]
    public async Task Enqueue_UnknownJob_IsRefusedWithReason()
    {
        var result = await _factory.Scheduler().EnqueueAsync("no-such-job");
        Assert.Equal(EnqueueOutcome.UnknownJob, result.Outcome);
        Assert.Contains("no-such-job", result.Message);
    }

    [Fact]
    public async Task Cancel_RunningJob_StopsItAndRecordsCancelled()
    {
        var id = await _factory.QueueAsync("test-gate", _target);
        await _factory.WaitForStateAsync(id, JobRunState.Running);

        Assert.True(await _factory.Scheduler().CancelAsync(id));

        var run = await _factory.WaitForStateAsync(id, JobRunState.Cancelled);
        Assert.Equal("Cancelled by an administrator.", run.Message);
        Assert.Null(run.Error);
        Assert.NotNull(run.FinishedAt);
    }

    [Fact]
    public async Task Cancel_QueuedJob_WithdrawsItBeforeItStarts()
    {
        var id = await _factory.QueueAsync("test-items", _target, delay: TimeSpan.FromHours(1));

        Assert.True(await _factory.Scheduler().CancelAsync(id));

        var run = (await _factory.Runs().GetAsync(id))!;
        Assert.Equal(JobRunState.Cancelled, run.State);
        Assert.Null(run.StartedAt);
        Assert.False(await _factory.Scheduler().CancelAsync(id));
    }

    [Fact]
    public async Task Retry_FailedRun_RunsAgainAndRemembersTheOrigin()
    {
        FlakyJob.Failing[_target] = true;
        var id = await _factory.QueueAsync("test-flaky", _target);
        var failed = await _factory.WaitForStateAsync(id, JobRunState.Failed);
        Assert.Contains($"System.InvalidOperationException: boom for {_target}", failed.Error);
        Assert.Contains("at MediaSuite.Tests.Jobs.FlakyJob.RunAsync", failed.Error);

        FlakyJob.Failing[_target] = false;
        var retry = await _factory.Scheduler().RetryAsync(id);
        Assert.True(retry.Accepted, retry.Message);
        var second = await _factory.WaitForStateAsync(retry.RunId!.Value, JobRunState.Succeeded);
        Assert.Equal(JobTrigger.Retry, second.Trigger);
        Assert.Equal(id, second.RetryOf);

        var notAgain = await _factory.Scheduler().RetryAsync(second.Id);
        Assert.Equal(EnqueueOutcome.NotRetryable, notAgain.Outcome);
    }

    [Fact]
    public async Task Maintenance_WhileALibraryJobRuns_IsSkipped()
    {
        var scan = await _factory.QueueAsync("test-gate", _target);
        await _factory.WaitForStateAsync(scan, JobRunState.Running);

        var id = await _factory.QueueAsync(DatabaseMaintenanceJob.Descriptor.Key);
        var run = await _factory.WaitForStateAsync(id, JobRunState.Skipped);
        Assert.Contains("library scan is running", run.Message);
        GateJob.Open(_target);
    }

    [Fact]
    public async Task Maintenance_Alone_CheckpointsOptimisesAndChecks()
    {
        var id = await _factory.QueueAsync(DatabaseMaintenanceJob.Descriptor.Key);
        var run = await _factory.WaitForStateAsync(id, JobRunState.Succeeded);
        Assert.Equal(100, run.Percent);
        Assert.Contains("integrity ok", run.Message);
    }

    [Fact]
    public async Task Schedules_ListTheRecurringJobsAndPauseSticks()
    {
        var schedules = await _factory.Scheduler().ListSchedulesAsync();
        var cleanup = schedules.Single(s => s.Job.Key == SessionCleanupJob.Descriptor.Key);
        Assert.Equal("Every hour", cleanup.Job.Schedule!.Description);
        Assert.NotNull(cleanup.NextFire);
        Assert.False(cleanup.Paused);
        Assert.NotNull(schedules.Single(s => s.Job.Key == DatabaseMaintenanceJob.Descriptor.Key).NextFire);

        await _factory.Scheduler().SetPausedAsync(cleanup.Job.Key, paused: true);
        var paused = (await _factory.Scheduler().ListSchedulesAsync()).Single(s => s.Job.Key == cleanup.Job.Key);
        Assert.True(paused.Paused);
        Assert.Null(paused.NextFire);
    }

    [Fact]
    public async Task Limits_LibraryJobsRunOneAtATime()
    {
        var targets = new[] { _target + "-a", _target + "-b" };
        var ids = new List<long>();
        foreach (var t in targets) ids.Add(await _factory.QueueAsync("test-gate", t));
        var first = await WaitForAnyRunningAsync(ids);
        var other = ids.Single(i => i != first.Id);

        // The second must stay queued while the first holds the only library slot. Waiting for it to start
        // can only make this test pass wrongly (if it is slow to start), never fail wrongly.
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => WaitWithin(TimeSpan.FromSeconds(3), other, JobRunState.Running));
        Assert.Equal(JobRunState.Queued, (await _factory.Runs().GetAsync(other))!.State);

        GateJob.Open(first.Target);
        await _factory.WaitForStateAsync(other, JobRunState.Running);
        GateJob.Open(targets.Single(t => t != first.Target));
        await _factory.WaitForStateAsync(other, JobRunState.Succeeded);
        Assert.Equal(1, GateJob.MaxConcurrent(_target));
    }

    private async Task<MediaSuite.Domain.Jobs.JobRun> WaitForAnyRunningAsync(IReadOnlyList<long> ids)
    {
        var winner = await Task.WhenAny(ids.Select(id => _factory.WaitForStateAsync(id, JobRunState.Running)));
        return await winner;
    }

    private async Task WaitWithin(TimeSpan limit, long id, JobRunState state)
    {
        var wait = _factory.WaitForStateAsync(id, state);
        if (await Task.WhenAny(wait, Task.Delay(limit)) != wait) throw new Xunit.Sdk.XunitException("not within the limit");
        await wait;
    }

    public void Dispose() => _factory.Dispose();
}

using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Jobs.Maintenance;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Jobs;

/// <summary>Two servers in turn on one data directory, as a restart is.</summary>
public sealed class JobRestartTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mediasuite-tests", Guid.NewGuid().ToString("N"));
    private readonly string _target = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task QueuedBeforeRestart_FiresAfter()
    {
        long id;
        DateTimeOffset stoppedAt;
        using (var before = JobsHarness.NewFactory(_directory, keep: true))
        {
            id = await before.QueueAsync("test-items", _target, delay: TimeSpan.FromSeconds(5));
        }
        stoppedAt = DateTimeOffset.UtcNow;

        using var after = JobsHarness.NewFactory(_directory, keep: true);
        // Still queued: the first server stopped before the run was due (this fails loudly if it did not).
        var queued = (await after.Runs().GetAsync(id))!;
        Assert.True(queued.State is JobRunState.Queued or JobRunState.Running or JobRunState.Succeeded);
        Assert.True(queued.StartedAt is null || queued.StartedAt >= stoppedAt.AddSeconds(-1), "the run started before the restart");

        var run = await after.WaitForStateAsync(id, JobRunState.Succeeded);
        Assert.True(run.StartedAt >= stoppedAt.AddSeconds(-1));
        Assert.Equal(2, run.WarningCount);
    }

    [Fact]
    public async Task PausedSchedule_StaysPausedAfterRestart()
    {
        using (var before = JobsHarness.NewFactory(_directory, keep: true))
            await before.Scheduler().SetPausedAsync(DatabaseMaintenanceJob.Descriptor.Key, paused: true);

        using var after = JobsHarness.NewFactory(_directory, keep: true);
        var schedules = await after.Scheduler().ListSchedulesAsync();
        Assert.True(schedules.Single(s => s.Job.Key == DatabaseMaintenanceJob.Descriptor.Key).Paused);
        Assert.False(schedules.Single(s => s.Job.Key == SessionCleanupJob.Descriptor.Key).Paused);
    }

    [Fact]
    public async Task RunningAtShutdown_IsInterruptedAndRecoveredOnNextStart()
    {
        long id;
        using (var before = JobsHarness.NewFactory(_directory, keep: true))
        {
            id = await before.QueueAsync("test-gate", _target);
            await before.WaitForStateAsync(id, JobRunState.Running);
        }

        using var after = JobsHarness.NewFactory(_directory, keep: true);
        after.Scheduler(); // start the server
        var recovery = await WaitForFollowUpAsync(after, id);
        Assert.Equal(JobRunState.Interrupted, (await after.Runs().GetAsync(id))!.State);
        Assert.Equal(JobTrigger.Recovery, recovery.Trigger);
        Assert.Equal(_target, recovery.Target);

        await after.WaitForStateAsync(recovery.Id, JobRunState.Running);
        GateJob.Open(_target);
        await after.WaitForStateAsync(recovery.Id, JobRunState.Succeeded);
        Assert.Equal(2, GateJob.RunsOf(_target));
    }

    [Fact]
    public async Task LeftRunningByADeadProcess_RecoverableIsRerunAndTheRestAreMarked()
    {
        long recoverable, notRecoverable;
        using (var before = JobsHarness.NewFactory(_directory, keep: true))
        {
            await using var db = await before.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();
            var now = DateTimeOffset.UtcNow;
            // What a killed process leaves behind: rows that say Running, under an instance that no longer exists.
            var a = new JobRun { JobKey = "test-gate", Target = _target, State = JobRunState.Running, Trigger = JobTrigger.Manual, QueuedAt = now, StartedAt = now, Instance = "killed" };
            var b = new JobRun { JobKey = "test-items", Target = _target, State = JobRunState.Running, Trigger = JobTrigger.Manual, QueuedAt = now, StartedAt = now, Instance = "killed" };
            db.JobRuns.AddRange(a, b);
            await db.SaveChangesAsync();
            (recoverable, notRecoverable) = (a.Id, b.Id);
        }

        using var after = JobsHarness.NewFactory(_directory, keep: true);
        after.Scheduler();
        var recovery = await WaitForFollowUpAsync(after, recoverable);
        Assert.Equal(JobTrigger.Recovery, recovery.Trigger);
        var dead = (await after.Runs().GetAsync(notRecoverable))!;
        Assert.Equal(JobRunState.Interrupted, dead.State);
        Assert.Equal("The server stopped while this ran.", dead.Message);
        Assert.DoesNotContain((await after.Runs().ListActiveAsync()), r => r.RetryOf == notRecoverable);
        GateJob.Open(_target);
        await after.WaitForStateAsync(recovery.Id, JobRunState.Succeeded);
    }

    private static async Task<JobRun> WaitForFollowUpAsync(MediaSuiteFactory factory, long origin)
    {
        // Recovery happens during startup, before the first request is served; the follow-up exists by now.
        var follow = await factory.FollowUpOfAsync(origin);
        return follow;
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

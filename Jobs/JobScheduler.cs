using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Jobs;
using MediaSuite.Jobs.Engine;
using Quartz;

namespace MediaSuite.Jobs;

public enum EnqueueOutcome
{
    Queued,
    AlreadyActive,
    UnknownJob,
    RefusedHere,
    NotRetryable,
}

public sealed record EnqueueResult(EnqueueOutcome Outcome, long? RunId, string Message)
{
    public bool Accepted => Outcome == EnqueueOutcome.Queued;
}

public sealed record ScheduleInfo(JobDescriptor Job, bool Paused, DateTimeOffset? NextFire, JobRun? LastRun, bool RunsHere);

/// <summary>The only way work reaches the engine: queue, cancel, retry, and the recurring schedules.</summary>
public sealed class JobScheduler(ISchedulerFactory schedulers, JobCatalog catalog, JobRunStore store, LiveRuns live, JobEvents events)
{
    /// <summary>Queues a run. The same job and target cannot be queued twice while one is queued or running.</summary>
    public async Task<EnqueueResult> EnqueueAsync(string jobKey, string? target = null, JobTrigger trigger = JobTrigger.Manual, TimeSpan? delay = null, long? retryOf = null)
    {
        var descriptor = catalog.Find(jobKey);
        if (descriptor is null) return new(EnqueueOutcome.UnknownJob, null, $"There is no job called '{jobKey}'.");
        if (!catalog.RunsHere(descriptor.Category))
            return new(EnqueueOutcome.RefusedHere, null,
                $"This server does not run {descriptor.Category} jobs (MediaSuite:Jobs:Concurrency:{descriptor.Category} is 0).");

        var run = await store.TryQueueAsync(jobKey, target, trigger, retryOf);
        if (run is null)
        {
            var active = await store.FindActiveAsync(jobKey, target);
            return new(EnqueueOutcome.AlreadyActive, active?.Id, $"{descriptor.DisplayName} is already {(active?.State == JobRunState.Running ? "running" : "queued")}{For(target)}.");
        }
        try
        {
            var scheduler = await schedulers.GetScheduler();
            // Quartz's own clock decides when a trigger is due, so the fire time is read from it.
            var now = scheduler.TimeProvider.GetUtcNow();
            var fireAt = delay is { } d && d > TimeSpan.Zero ? now + d : now;
            await scheduler.ScheduleJob(TriggerBuilder.Create()
                .WithIdentity(QuartzKeys.Run(run.Id))
                .ForJob(QuartzKeys.Job(jobKey))
                .UsingJobData(QuartzKeys.RunIdKey, run.Id)
                .WithPriority(JobRules.Priority(descriptor.Category))
                .WithExecutionGroup(JobRules.GroupName(descriptor.Category))
                .StartAt(fireAt)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build(), ScheduleJobOptions.Replacing);
        }
        catch (Exception ex)
        {
            await store.EndQueuedAsync(run.Id, JobRunState.Failed, "Could not be handed to the scheduler: " + ex.Message);
            throw;
        }
        events.Publish(run.Id);
        return new(EnqueueOutcome.Queued, run.Id, $"{descriptor.DisplayName} is queued{For(target)}.");
    }

    /// <summary>A running run is asked to stop (it ends Cancelled as soon as it notices); a queued one is withdrawn.</summary>
    public async Task<bool> CancelAsync(long runId)
    {
        if (live.Find(runId) is { } running)
        {
            running.RequestCancel();
            return true;
        }
        var scheduler = await schedulers.GetScheduler();
        await scheduler.UnscheduleJob(QuartzKeys.Run(runId));
        var ended = await store.EndQueuedAsync(runId, JobRunState.Cancelled, "Cancelled before it started.");
        events.Publish(runId);
        return ended;
    }

    public async Task<EnqueueResult> RetryAsync(long runId)
    {
        var run = await store.GetAsync(runId);
        if (run is null || !JobRules.CanRetry(run.State))
            return new(EnqueueOutcome.NotRetryable, null, "Only a failed, cancelled or interrupted run can be retried.");
        return await EnqueueAsync(run.JobKey, run.Target, JobTrigger.Retry, retryOf: run.Id);
    }

    public async Task<IReadOnlyList<ScheduleInfo>> ListSchedulesAsync()
    {
        var scheduler = await schedulers.GetScheduler();
        var last = await store.LastFinishedByJobAsync();
        var result = new List<ScheduleInfo>();
        foreach (var job in catalog.All.OrderBy(j => j.DisplayName))
        {
            var paused = false;
            DateTimeOffset? next = null;
            if (job.Schedule is not null && await scheduler.GetTrigger(QuartzKeys.Schedule(job.Key)) is { } trigger)
            {
                paused = await scheduler.GetTriggerState(trigger.Key) == TriggerState.Paused;
                next = paused ? null : trigger.NextFireTimeUtc;
            }
            result.Add(new ScheduleInfo(job, paused, next, last.GetValueOrDefault(job.Key), catalog.RunsHere(job.Category)));
        }
        return result;
    }

    /// <summary>Pausing is kept in the job store, so it survives restarts.</summary>
    public async Task SetPausedAsync(string jobKey, bool paused)
    {
        var scheduler = await schedulers.GetScheduler();
        var key = QuartzKeys.Schedule(jobKey);
        if (paused) await scheduler.PauseTrigger(key);
        else await scheduler.ResumeTrigger(key);
    }

    private static string For(string? target) => string.IsNullOrEmpty(target) ? "" : $" for {target}";
}

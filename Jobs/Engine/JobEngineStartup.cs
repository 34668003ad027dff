using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Jobs;
using Quartz;

namespace MediaSuite.Jobs.Engine;

/// <summary>
/// Starts after Quartz: declares every job, keeps the recurring schedules in step with the code
/// (a paused schedule stays paused), and recovers what the last process left unfinished. On stop it
/// asks running jobs to stop and gives them a moment, so their state is saved.
/// </summary>
public sealed partial class JobEngineStartup(
    ISchedulerFactory schedulers, JobCatalog catalog, JobScheduler jobs, JobRunStore store, LiveRuns live,
    EngineInstance instance, ILogger<JobEngineStartup> logger) : IHostedService
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var job in catalog.All)
        {
            await scheduler.AddJob(JobBuilder.Create<QuartzJobAdapter>().WithIdentity(QuartzKeys.Job(job.Key)).WithDescription(job.DisplayName)
                .StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken);
            await SyncScheduleAsync(scheduler, job, cancellationToken);
        }
        await RecoverAsync(scheduler);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        live.StopAll();
        var deadline = DateTime.UtcNow + StopGrace;
        while (!live.IsEmpty && DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
            await Task.Delay(50, CancellationToken.None);
    }

    private static async Task SyncScheduleAsync(IScheduler scheduler, JobDescriptor job, CancellationToken cancellationToken)
    {
        var key = QuartzKeys.Schedule(job.Key);
        var existing = await scheduler.GetTrigger(key, cancellationToken);
        if (job.Schedule is null)
        {
            if (existing is not null) await scheduler.UnscheduleJob(key, cancellationToken);
            return;
        }
        if (existing is ICronTrigger cron && cron.CronExpressionString == job.Schedule.Cron) return;

        // A slot missed while the server was down fires once at start, then the schedule goes on.
        var trigger = TriggerBuilder.Create().WithIdentity(key).ForJob(QuartzKeys.Job(job.Key))
            .WithPriority(JobRules.Priority(job.Category)).WithExecutionGroup(JobRules.GroupName(job.Category))
            .WithCronSchedule(job.Schedule.Cron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build();
        if (existing is null) await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
        else await scheduler.RescheduleJob(key, trigger, cancellationToken);
    }

    /// <summary>
    /// Runs another process left Running were cut off; queued runs whose trigger was lost would never
    /// start. Both are marked Interrupted, and the recoverable ones are queued again.
    /// </summary>
    private async Task RecoverAsync(IScheduler scheduler)
    {
        var cutOff = (await store.InterruptOrphansAsync(instance.Id)).ToList();
        foreach (var queued in (await store.ListActiveAsync()).Where(r => r.State == JobRunState.Queued))
        {
            if (await scheduler.Exists(QuartzKeys.Run(queued.Id))) continue;
            if (await store.EndQueuedAsync(queued.Id, JobRunState.Interrupted, "Its place in the queue was lost when the server stopped.")) cutOff.Add(queued);
        }
        foreach (var run in cutOff)
        {
            var job = catalog.Find(run.JobKey);
            LogInterrupted(run.JobKey, run.Id, job?.Recoverable == true);
            if (job?.Recoverable == true) await jobs.EnqueueAsync(run.JobKey, run.Target, JobTrigger.Recovery, retryOf: run.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} of {JobKey} was interrupted by the last shutdown; recovering: {Recovering}")]
    private partial void LogInterrupted(string jobKey, long runId, bool recovering);
}

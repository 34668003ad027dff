using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Jobs;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaSuite.Jobs.Engine;

/// <summary>
/// The one Quartz job: runs whichever MediaSuite job its trigger names and keeps the run record.
/// A job's own failure ends the run Failed with the full exception; a cancel from the page ends it
/// Cancelled; a server shutdown leaves it Running for the next start to recover.
/// </summary>
public sealed partial class QuartzJobAdapter(
    JobCatalog catalog, JobRunStore store, LiveRuns live, JobEvents events, IServiceScopeFactory scopes,
    IOptions<JobsOptions> options, EngineInstance instance, TimeProvider clock, ILogger<QuartzJobAdapter> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext quartz, CancellationToken cancellationToken)
    {
        var descriptor = catalog.Find(quartz.JobDetail.Key.Name);
        if (descriptor is null)
        {
            LogUnknownJob(quartz.JobDetail.Key.Name);
            return;
        }
        var run = await ClaimRunAsync(quartz, descriptor);
        if (run is null) return;

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, live.ShutdownToken);
        var liveRun = new LiveRun(run.Id, run.JobKey, run.Target, clock.GetUtcNow(), cancel);
        live.Add(liveRun);
        events.Publish(run.Id);
        using var stopSaving = new CancellationTokenSource();
        var saving = SaveProgressPeriodicallyAsync(liveRun, stopSaving.Token);

        var (state, error) = await ExecuteAsync(descriptor, run, liveRun, cancel.Token);

        await stopSaving.CancelAsync();
        await saving;
        if (state is { } finished)
            await store.FinishAsync(run.Id, finished, liveRun.Current, error);
        else
            await store.SaveProgressAsync(run.Id, liveRun.Current);
        live.Remove(run.Id);
        events.Publish(run.Id);
    }

    /// <summary>The run this firing is for: the queued one it was scheduled with, or a new one for a schedule slot.</summary>
    private async Task<JobRun?> ClaimRunAsync(IJobExecutionContext quartz, JobDescriptor descriptor)
    {
        JobRun? run;
        if (quartz.MergedJobDataMap.ContainsKey(QuartzKeys.RunIdKey))
        {
            run = await store.GetAsync(quartz.MergedJobDataMap.GetLong(QuartzKeys.RunIdKey));
        }
        else
        {
            run = await store.TryQueueAsync(descriptor.Key, null, JobTrigger.Schedule);
            if (run is null) LogSlotSkipped(descriptor.Key);
        }
        if (run is null || !await store.StartAsync(run.Id, instance.Id)) return null;
        return run;
    }

    /// <returns>The final state, or null when the server is stopping and the run should be recovered on the next start.</returns>
    private async Task<(JobRunState? State, string? Error)> ExecuteAsync(JobDescriptor descriptor, JobRun run, LiveRun liveRun, CancellationToken token)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = (IMediaJob)scope.ServiceProvider.GetRequiredService(descriptor.Implementation);
            var context = new JobRunContext(run, descriptor, liveRun, store, events, token);
            await job.RunAsync(context);
            if (context.SkipReason is { } reason)
            {
                liveRun.Update(liveRun.Current with { Message = reason });
                return (JobRunState.Skipped, null);
            }
            return (JobRunState.Succeeded, null);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            if (liveRun.CancelRequested)
            {
                liveRun.Update(liveRun.Current with { Message = "Cancelled by an administrator." });
                return (JobRunState.Cancelled, null);
            }
            LogStoppedByShutdown(descriptor.Key, run.Id);
            return (null, null);
        }
        catch (Exception ex)
        {
            LogFailed(ex, descriptor.Key, run.Id);
            return (JobRunState.Failed, ex.ToString());
        }
    }

    private async Task SaveProgressPeriodicallyAsync(LiveRun run, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.Value.ProgressSaveInterval);
        var saved = run.Current;
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var current = run.Current;
                if (ReferenceEquals(current, saved)) continue;
                await store.SaveProgressAsync(run.RunId, current);
                saved = current;
            }
        }
        catch (OperationCanceledException) { /* the run ended; its final state is written by the caller */ }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Quartz fired unknown job {JobKey}; it is not registered with AddMediaJob")]
    private partial void LogUnknownJob(string jobKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled slot of {JobKey} skipped: a run of it is already queued or running")]
    private partial void LogSlotSkipped(string jobKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} of {JobKey} stopped by server shutdown; it is recovered on the next start")]
    private partial void LogStoppedByShutdown(string jobKey, long runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} of {JobKey} failed")]
    private partial void LogFailed(Exception exception, string jobKey, long runId);
}

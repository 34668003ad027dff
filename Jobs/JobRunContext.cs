using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Jobs;

namespace MediaSuite.Jobs;

/// <summary>What a running job sees of the engine.</summary>
public sealed class JobRunContext(JobRun run, JobDescriptor descriptor, LiveRun live, JobRunStore store, JobEvents events, CancellationToken cancellationToken)
{
    public long RunId => run.Id;
    public string Target => run.Target;
    public JobTrigger Trigger => run.Trigger;
    public JobDescriptor Descriptor => descriptor;
    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Set by a job that decided not to do its work this time (e.g. maintenance during a scan).</summary>
    public string? SkipReason { get; private set; }

    public void Report(long done, long? total = null, string? message = null) => Report(null, done, total, message);

    public void Report(double percent, string? message = null) => Report(percent, null, null, message);

    private void Report(double? percent, long? done, long? total, string? message)
    {
        live.Update(new Progress(JobRules.PercentDone(percent, done, total), done, total, message ?? live.Current.Message));
        events.Publish(run.Id);
    }

    /// <summary>Records a problem with one item; the run goes on and ends Succeeded with a warning count.</summary>
    public async Task WarnAsync(string item, string message)
    {
        live.AddWarning();
        await store.AddWarningAsync(run.Id, item, message);
        events.Publish(run.Id);
    }

    public void Skip(string reason) => SkipReason = reason;
}

using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace MediaSuite.Jobs.Maintenance;

/// <summary>
/// Hourly: removes invites that can no longer be used and job history past its retention. Sign-in
/// cookies are self-contained (nothing is stored per session), so there are no tickets to expire here.
/// </summary>
public sealed class SessionCleanupJob(InviteService invites, JobRunStore runs, IOptions<JobsOptions> options, TimeProvider clock) : IMediaJob
{
    /// <summary>Withdrawn or expired invites stay visible to the admin this long before they go.</summary>
    public static readonly TimeSpan DeadInviteGrace = TimeSpan.FromDays(7);

    public static JobDescriptor Descriptor { get; } = new(
        "session-cleanup", "Session and token cleanup",
        "Removes expired and withdrawn invites and job history older than the retention.",
        JobCategory.Maintenance, Recoverable: false, typeof(SessionCleanupJob),
        new JobSchedule("0 5 * * * ?", "Every hour"));

    public async Task RunAsync(JobRunContext context)
    {
        var now = clock.GetUtcNow();
        context.Report(0, 2, "Removing dead invites");
        var invitesRemoved = await invites.DeleteDeadBeforeAsync(now - DeadInviteGrace);
        context.CancellationToken.ThrowIfCancellationRequested();

        context.Report(1, 2, "Removing old job history");
        var runsRemoved = await runs.DeleteFinishedBeforeAsync(now - options.Value.RunRetention);

        context.Report(2, 2, $"Removed {invitesRemoved} dead invite(s) and {runsRemoved} old job run(s).");
    }
}

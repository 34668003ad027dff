using MediaSuite.Domain.Jobs;

namespace MediaSuite.Jobs;

/// <summary>
/// The one contract every MediaSuite job keeps: report progress, record per-item warnings and go on,
/// stop promptly when the token is cancelled.
/// </summary>
public interface IMediaJob
{
    Task RunAsync(JobRunContext context);
}

/// <summary>A recurring slot in cron form (Quartz syntax, seconds first) with the words the Jobs page shows.</summary>
public sealed record JobSchedule(string Cron, string Description);

/// <summary>
/// What the engine knows of a job before running it. Recoverable jobs are run again after the
/// server stopped in the middle of them (an ingest batch is; a report is not).
/// </summary>
public sealed record JobDescriptor(string Key, string DisplayName, string Description, JobCategory Category, bool Recoverable, Type Implementation, JobSchedule? Schedule = null);

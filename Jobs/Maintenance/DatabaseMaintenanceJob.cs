using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Jobs;
using MediaSuite.Infrastructure.Persistence;

namespace MediaSuite.Jobs.Maintenance;

/// <summary>
/// Weekly: checkpoints the WAL, lets SQLite refresh its statistics and checks integrity. It never
/// competes with an ingest: while a library job runs it skips and waits for the next slot.
/// </summary>
public sealed class DatabaseMaintenanceJob(DatabaseMaintenance database, JobRunStore runs, JobCatalog catalog) : IMediaJob
{
    public static JobDescriptor Descriptor { get; } = new(
        "database-maintenance", "Database maintenance",
        "Checkpoints the write-ahead log, optimises the query planner's statistics and checks integrity. Skipped while a library scan runs.",
        JobCategory.Maintenance, Recoverable: false, typeof(DatabaseMaintenanceJob),
        new JobSchedule("0 30 4 ? * SUN", "Sundays at 04:30"));

    public async Task RunAsync(JobRunContext context)
    {
        var libraryJobs = catalog.All.Where(j => j.Category == JobCategory.Library).Select(j => j.Key).ToList();
        if (libraryJobs.Count > 0 && await runs.AnyRunningAsync(libraryJobs))
        {
            context.Skip("A library scan is running; maintenance waits for its next slot.");
            return;
        }
        var token = context.CancellationToken;

        context.Report(0, 3, "Checkpointing the write-ahead log");
        var checkpoint = await database.CheckpointAsync(token);
        if (checkpoint.Busy) await context.WarnAsync("write-ahead log", "Readers kept part of the log busy; it is folded in at the next checkpoint.");

        context.Report(1, 3, "Optimising query statistics");
        await database.OptimizeAsync(token);

        context.Report(2, 3, "Checking integrity");
        var problems = (await database.QuickCheckAsync(token)).Where(line => line != "ok").ToList();
        foreach (var problem in problems) await context.WarnAsync("integrity", problem);

        context.Report(3, 3, $"Checkpointed {checkpoint.CheckpointedPages} page(s); statistics refreshed; integrity {(problems.Count == 0 ? "ok" : $"{problems.Count} problem(s)")}.");
    }
}

using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Jobs;

public sealed record Progress(double? Percent, long? ItemsDone, long? ItemsTotal, string? Message)
{
    public static Progress None { get; } = new(null, null, null, null);
}

/// <summary>The run records: every write is one short statement, so a chatty job never holds the database.</summary>
public sealed class JobRunStore(IDbContextFactory<MediaSuiteDb> dbs, TimeProvider clock)
{
    private const int SqliteConstraint = 19;

    /// <summary>A new queued run, or null when the same job and target already has an active run.</summary>
    public async Task<JobRun?> TryQueueAsync(string jobKey, string? target, JobTrigger trigger, long? retryOf = null)
    {
        var run = new JobRun { JobKey = jobKey, Target = target ?? "", Trigger = trigger, State = JobRunState.Queued, QueuedAt = clock.GetUtcNow(), RetryOf = retryOf };
        await using var db = await dbs.CreateDbContextAsync();
        db.JobRuns.Add(run);
        try
        {
            await db.SaveChangesAsync();
            return run;
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint })
        {
            return null;
        }
    }

    public async Task<JobRun?> FindActiveAsync(string jobKey, string? target)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var key = target ?? "";
        return await db.JobRuns.AsNoTracking()
            .FirstOrDefaultAsync(r => r.JobKey == jobKey && r.Target == key && (r.State == JobRunState.Queued || r.State == JobRunState.Running));
    }

    public async Task<JobRun?> GetAsync(long id)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
    }

    /// <summary>Queued → Running; false when the run is no longer queued (cancelled while it waited).</summary>
    public async Task<bool> StartAsync(long id, string instance)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var now = clock.GetUtcNow();
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE JobRuns SET State = 'Running', StartedAt = {now.UtcTicks}, Instance = {instance} WHERE Id = {id} AND State = 'Queued'") == 1;
    }

    public async Task SaveProgressAsync(long id, Progress progress)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE JobRuns SET Percent = {progress.Percent}, ItemsDone = {progress.ItemsDone}, ItemsTotal = {progress.ItemsTotal}, Message = {Truncate(progress.Message, 500)} WHERE Id = {id}");
    }

    public async Task AddWarningAsync(long id, string item, string message)
    {
        await using var db = await dbs.CreateDbContextAsync();
        db.JobWarnings.Add(new JobWarning { RunId = id, Item = Truncate(item, 1024)!, Message = Truncate(message, 2000)!, At = clock.GetUtcNow() });
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE JobRuns SET WarningCount = WarningCount + 1 WHERE Id = {id}");
    }

    public async Task FinishAsync(long id, JobRunState state, Progress progress, string? error)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var now = clock.GetUtcNow().UtcTicks;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $@"UPDATE JobRuns SET State = {state.ToString()}, FinishedAt = {now}, StartedAt = COALESCE(StartedAt, {now}), Error = {error},
               Percent = {progress.Percent}, ItemsDone = {progress.ItemsDone}, ItemsTotal = {progress.ItemsTotal}, Message = {Truncate(progress.Message, 500)}
               WHERE Id = {id}");
    }

    /// <summary>A queued run that never started (cancelled, or its trigger was lost) ends without a start time.</summary>
    public async Task<bool> EndQueuedAsync(long id, JobRunState state, string message)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE JobRuns SET State = {state.ToString()}, FinishedAt = {clock.GetUtcNow().UtcTicks}, Message = {message} WHERE Id = {id} AND State = 'Queued'") == 1;
    }

    /// <summary>Runs another process left Running (it stopped or died mid-way) become Interrupted; returns them.</summary>
    public async Task<IReadOnlyList<JobRun>> InterruptOrphansAsync(string currentInstance)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var orphans = await db.JobRuns.Where(r => r.State == JobRunState.Running && r.Instance != currentInstance).ToListAsync();
        foreach (var run in orphans)
        {
            run.State = JobRunState.Interrupted;
            run.FinishedAt = clock.GetUtcNow();
            run.Message = "The server stopped while this ran.";
        }
        await db.SaveChangesAsync();
        return orphans;
    }

    public async Task<IReadOnlyList<JobRun>> ListActiveAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        var runs = await db.JobRuns.AsNoTracking().Where(r => r.State == JobRunState.Queued || r.State == JobRunState.Running).ToListAsync();
        return runs.OrderBy(r => r.QueuedAt).ToList();
    }

    /// <summary>Finished runs, newest first, one page at a time (keyset on the id).</summary>
    public async Task<IReadOnlyList<JobRun>> ListHistoryAsync(int count, long? beforeId = null)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var query = db.JobRuns.AsNoTracking().Where(r => r.State != JobRunState.Queued && r.State != JobRunState.Running);
        if (beforeId is { } before) query = query.Where(r => r.Id < before);
        return await query.OrderByDescending(r => r.Id).Take(count).ToListAsync();
    }

    public async Task<IReadOnlyList<JobWarning>> ListWarningsAsync(long runId, int count = 500)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.JobWarnings.AsNoTracking().Where(w => w.RunId == runId).OrderBy(w => w.Id).Take(count).ToListAsync();
    }

    /// <summary>The newest finish of each job, for "last run" on the schedules table.</summary>
    public async Task<IReadOnlyDictionary<string, JobRun>> LastFinishedByJobAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        var ids = await db.JobRuns.Where(r => r.FinishedAt != null).GroupBy(r => r.JobKey).Select(g => g.Max(r => r.Id)).ToListAsync();
        var runs = await db.JobRuns.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync();
        return runs.ToDictionary(r => r.JobKey);
    }

    public async Task<bool> AnyRunningAsync(IReadOnlyCollection<string> jobKeys)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.JobRuns.AnyAsync(r => r.State == JobRunState.Running && jobKeys.Contains(r.JobKey));
    }

    /// <summary>Removes finished runs older than the retention; their warnings go with them (cascade).</summary>
    public async Task<int> DeleteFinishedBeforeAsync(DateTimeOffset cutoff)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM JobRuns WHERE FinishedAt IS NOT NULL AND FinishedAt < {cutoff.UtcTicks}");
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}

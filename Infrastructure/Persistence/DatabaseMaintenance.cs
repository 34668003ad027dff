using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Persistence;

public sealed record CheckpointResult(bool Busy, long LogPages, long CheckpointedPages);

/// <summary>SQLite housekeeping: fold the WAL back into the database, refresh the planner's statistics, check integrity.</summary>
public sealed class DatabaseMaintenance(IDbContextFactory<MediaSuiteDb> dbs)
{
    public async Task<CheckpointResult> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CheckpointResult(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }

    public async Task OptimizeAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize", cancellationToken);
    }

    /// <summary>"ok", or the problems SQLite found (quick_check: the integrity check without index cross-checks).</summary>
    public async Task<IReadOnlyList<string>> QuickCheckAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) lines.Add(reader.GetString(0));
        return lines;
    }
}

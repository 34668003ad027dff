using MediaSuite.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MediaSuite.Infrastructure.Persistence;

public sealed record DatabaseStatus(
    string Provider, string Path, long SizeBytes, string JournalMode, string? SchemaVersion,
    IReadOnlyList<string> AppliedMigrations, IReadOnlyList<string> PendingMigrations, IReadOnlyDictionary<string, long> RowCounts);

public sealed class DatabaseStatusService(IDbContextFactory<MediaSuiteDb> dbs, IOptions<MediaSuiteOptions> options)
{
    /// <summary>The tables an operator cares about, by the name shown to them.</summary>
    private static readonly (string Name, string Table)[] MainTables =
    [
        ("users", "AspNetUsers"),
        ("roles", "AspNetRoles"),
        ("invites", "Invites"),
        ("appearances", "UserAppearances"),
        ("jobRuns", "JobRuns"),
        ("jobWarnings", "JobWarnings"),
    ];

    public async Task<DatabaseStatus> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        var counts = new Dictionary<string, long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        foreach (var (name, table) in MainTables)
            counts[name] = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"", cancellationToken);
        var journal = await TextAsync(connection, "PRAGMA journal_mode", cancellationToken);
        var path = options.Value.DatabasePath;
        var size = File.Exists(path) ? new FileInfo(path).Length : 0;
        return new DatabaseStatus("SQLite", path, size, journal, applied.LastOrDefault(), applied, pending, counts);
    }

    private static async Task<long> ScalarAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static async Task<string> TextAsync(System.Data.Common.DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken)) ?? "";
    }
}

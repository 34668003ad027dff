using MediaSuite.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaSuite.Infrastructure.Persistence;

/// <summary>
/// Runs before anything else starts: the data directory must be writable and the schema current,
/// or the server stops with a sentence that says what to fix. Nothing is deleted on failure.
/// </summary>
public sealed partial class DatabaseStartup(IOptions<MediaSuiteOptions> options, IDbContextFactory<MediaSuiteDb> dbs, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value.ResolvedDataDirectory;
        EnsureWritable(directory);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogMigrating(pending.Count, options.Value.DatabasePath);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StartupException(
                $"MediaSuite cannot bring its database '{options.Value.DatabasePath}' up to date: {ex.GetBaseException().Message}. " +
                "The file was left as it is; restore it from a backup or point MediaSuite__DataDirectory at another directory.", ex);
        }
        LogReady(options.Value.DatabasePath);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static void EnsureWritable(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new StartupException(
                $"MediaSuite cannot write to its data directory '{directory}': {ex.Message} " +
                "Fix its permissions or set MediaSuite__DataDirectory (or MediaSuite:DataDirectory in appsettings.json) to a writable directory.", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s) to {Path}")]
    private partial void LogMigrating(int count, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready at {Path}")]
    private partial void LogReady(string path);
}

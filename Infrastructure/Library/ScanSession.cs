using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace MediaSuite.Infrastructure.Library;

/// <summary>
/// One scan's connection to the catalogue, with the lookups it keeps warm (folders, artists,
/// albums). Writes go through prepared statements in one short transaction per folder batch: a
/// scan never holds the database for long, and never issues a statement per file when it can help it.
/// </summary>
public sealed class ScanSession : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private ScanSession(SqliteConnection connection, MediaLibrary library, DateTimeOffset startedAt)
    {
        Connection = connection;
        Library = library;
        StartedAt = startedAt;
    }

    public SqliteConnection Connection { get; }
    public MediaLibrary Library { get; }
    public DateTimeOffset StartedAt { get; }
    public SqliteTransaction? Transaction { get; private set; }

    /// <summary>Relative folder path → (id, digest).</summary>
    public Dictionary<string, (long Id, string Digest)> Folders { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> ArtistIds { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> AlbumIds { get; } = new(StringComparer.Ordinal);

    public static async Task<ScanSession> OpenAsync(string databasePath, MediaLibrary library, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30 }.ToString());
        await connection.OpenAsync(cancellationToken);
        var session = new ScanSession(connection, library, now);
        await session.ExecuteAsync($"PRAGMA busy_timeout={SqlitePragmaInterceptor.BusyTimeoutMilliseconds}; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
        await session.LoadAsync();
        return session;
    }

    private async Task LoadAsync()
    {
        await using (var reader = await Command("SELECT Path, Id, Digest FROM Folders WHERE LibraryId = $lib", ("$lib", Library.Id)).ExecuteReaderAsync())
            while (await reader.ReadAsync()) Folders[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2));
        await using (var reader = await Command("SELECT Key, Id FROM Artists").ExecuteReaderAsync())
            while (await reader.ReadAsync()) ArtistIds[reader.GetString(0)] = reader.GetInt64(1);
        await using (var reader = await Command("SELECT Key, Id FROM Albums").ExecuteReaderAsync())
            while (await reader.ReadAsync()) AlbumIds[reader.GetString(0)] = reader.GetInt64(1);
    }

    public async Task BeginAsync() => Transaction = (SqliteTransaction)await Connection.BeginTransactionAsync();

    public async Task CommitAsync()
    {
        await Transaction!.CommitAsync();
        await Transaction.DisposeAsync();
        Transaction = null;
    }

    public async Task RollbackAsync()
    {
        if (Transaction is null) return;
        await Transaction.RollbackAsync();
        await Transaction.DisposeAsync();
        Transaction = null;
    }

    /// <summary>A prepared command, reused by its SQL text, with the given parameter values.</summary>
    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = Transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteNonQueryAsync();

    public async Task<long> ScalarAsync(string sql, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(await Command(sql, parameters).ExecuteScalarAsync());

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        foreach (var command in _commands.Values) await command.DisposeAsync();
        await Connection.DisposeAsync();
    }
}

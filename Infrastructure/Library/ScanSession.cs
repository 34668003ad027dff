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
    private readonly SqliteCommand _filesInFolder;

    private ScanSession(SqliteConnection connection, SqliteConnection readConnection, MediaLibrary library, DateTimeOffset startedAt)
    {
        Connection = connection;
        ReadConnection = readConnection;
        _filesInFolder = readConnection.CreateCommand();
        _filesInFolder.CommandText = "SELECT Id, Path, Size, ModifiedTicks, State FROM Files WHERE FolderId = $f";
        _filesInFolder.Parameters.Add("$f", SqliteType.Integer);
        Library = library;
        StartedAt = startedAt;
    }

    /// <summary>The writer's connection (one transaction per folder batch).</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The walker's own connection: it reads a folder's rows while the writer commits the previous batch (WAL lets both run).</summary>
    public SqliteConnection ReadConnection { get; }
    public MediaLibrary Library { get; }
    public DateTimeOffset StartedAt { get; }
    public SqliteTransaction? Transaction { get; private set; }

    /// <summary>Relative folder path → (id, digest).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, (long Id, string Digest)> Folders { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> ArtistIds { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> AlbumIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Albums whose embedded-cover track this scan has already set: written once per album, not once per track.</summary>
    public HashSet<long> AlbumsWithEmbeddedCover { get; } = [];

    /// <summary>Albums whose cover image file this scan has already set.</summary>
    public HashSet<long> AlbumsWithCoverFile { get; } = [];

    public static async Task<ScanSession> OpenAsync(string databasePath, MediaLibrary library, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30 }.ToString();
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var readConnection = new SqliteConnection(connectionString);
        await readConnection.OpenAsync(cancellationToken);
        var session = new ScanSession(connection, readConnection, library, now);
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

    // SQLite does no asynchronous I/O, so the synchronous calls are used: the same work without a state machine per statement.
    public Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters) => Task.FromResult(Command(sql, parameters).ExecuteNonQuery());

    public Task<long> ScalarAsync(string sql, params (string Name, object? Value)[] parameters) =>
        Task.FromResult(Convert.ToInt64(Command(sql, parameters).ExecuteScalar()));

    /// <summary>A folder's file rows, read on the walker's connection.</summary>
    public List<StoredFile> FilesIn(long folderId)
    {
        _filesInFolder.Parameters["$f"].Value = folderId;
        var files = new List<StoredFile>();
        using var reader = _filesInFolder.ExecuteReader();
        while (reader.Read())
            files.Add(new StoredFile(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), Enum.Parse<FileState>(reader.GetString(4))));
        return files;
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        foreach (var command in _commands.Values) await command.DisposeAsync();
        await _filesInFolder.DisposeAsync();
        await Connection.DisposeAsync();
        await ReadConnection.DisposeAsync();
    }
}

using System.Data.Common;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Music;

/// <summary>
/// One short-lived context's connection for parameterised SQL that reads and writes, optionally in one
/// transaction: playlist edits shift positions with set-based UPDATEs, which EF Core 6 cannot express.
/// </summary>
internal sealed class SqlSession : IAsyncDisposable
{
    private readonly MediaSuiteDb _db;
    private readonly CancellationToken _cancellationToken;
    private DbTransaction? _transaction;

    private SqlSession(MediaSuiteDb db, CancellationToken cancellationToken)
    {
        _db = db;
        _cancellationToken = cancellationToken;
    }

    /// <summary>With <paramref name="write"/>, a transaction that takes the write lock at once (BEGIN IMMEDIATE), so a read-then-write cannot deadlock with another writer.</summary>
    public static async Task<SqlSession> OpenAsync(IDbContextFactory<MediaSuiteDb> dbs, bool write, CancellationToken cancellationToken)
    {
        var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var session = new SqlSession(db, cancellationToken);
        // Microsoft.Data.Sqlite begins a non-deferred transaction as BEGIN IMMEDIATE.
        if (write) session._transaction = await db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
        return session;
    }

    public async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(_cancellationToken)) rows.Add(map(reader));
        return rows;
    }

    public async Task<T?> ScalarAsync<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        var value = await command.ExecuteScalarAsync(_cancellationToken);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(_cancellationToken);
    }

    public async Task CommitAsync()
    {
        if (_transaction is null) throw new InvalidOperationException("This session was opened without a transaction.");
        await _transaction.CommitAsync(_cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    private DbCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        // Not committed: disposing rolls back.
        if (_transaction is not null) await _transaction.DisposeAsync();
        await _db.DisposeAsync();
    }
}

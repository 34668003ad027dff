using System.Data.Common;
using MediaSuite.Infrastructure.Hosting;
using Microsoft.Data.Sqlite;

namespace MediaSuite.Infrastructure.Persistence;

/// <summary>
/// The MediaSuite database as an ADO.NET data source, for components that bring their own SQL
/// (the Quartz job store). Microsoft.Data.Sqlite retries a busy database until the command timeout.
/// </summary>
public sealed class SqliteFileDataSource(MediaSuiteOptions options) : DbDataSource
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.DatabasePath,
        DefaultTimeout = 30,
    }.ToString();

    public override string ConnectionString => _connectionString;

    protected override DbConnection CreateDbConnection() => new SqliteConnection(_connectionString);
}

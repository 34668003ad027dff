using Microsoft.Data.Sqlite;

namespace MediaSuite.Benchmarks;

internal static class Sqlite
{
    public static string Scalar(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"no result for {sql}");
    }
}

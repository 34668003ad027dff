using System.Data.Common;
using System.Text.Json;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Music;

/// <summary>
/// Parameterised raw SQL on one short-lived context's connection. The browse queries are keyset
/// row-value comparisons and per-page aggregates that LINQ on EF Core 6 cannot express.
/// </summary>
internal sealed class CatalogReader : IAsyncDisposable
{
    /// <summary>
    /// The tracks a listener can see: Present files of enabled libraries. Joined after "Tracks t".
    /// CROSS JOIN pins SQLite's join order to tracks → file → library: left free, with no statistics, it may
    /// start from the one library and walk every file through the state index, which made an EXISTS per
    /// artist scan the whole catalogue.
    /// </summary>
    public const string Visible = "CROSS JOIN Files f ON f.Id = t.Id AND f.State = 'Present' CROSS JOIN Libraries l ON l.Id = f.LibraryId AND l.Enabled = 1";

    /// <summary>
    /// Whether album "a" has a visible track. Written as a LIMIT 1 subquery rather than EXISTS: the SQLite the app
    /// ships (3.35) may turn an EXISTS into a join over every track, which made each album-list page scan the catalogue.
    /// </summary>
    public const string AlbumHasVisibleTrack = $"(SELECT 1 FROM Tracks t {Visible} WHERE t.AlbumId = a.Id LIMIT 1) IS NOT NULL";

    /// <summary>Whether artist "ar" performs on, or is the album artist of, a visible track (see <see cref="AlbumHasVisibleTrack"/> for the form).</summary>
    public const string ArtistHasVisibleTrack =
        $"(SELECT 1 FROM TrackArtists ta CROSS JOIN Tracks t ON t.Id = ta.TrackId {Visible} WHERE ta.ArtistId = ar.Id LIMIT 1) IS NOT NULL";

    /// <summary>A SQL function (genres text, name) → whether the track has that genre, with the same split and case rules as the genre list.</summary>
    public const string GenreHas = "genre_has";

    private readonly MediaSuiteDb _db;
    private readonly CancellationToken _cancellationToken;

    private CatalogReader(MediaSuiteDb db, CancellationToken cancellationToken)
    {
        _db = db;
        _cancellationToken = cancellationToken;
    }

    public static async Task<CatalogReader> OpenAsync(IDbContextFactory<MediaSuiteDb> dbs, CancellationToken cancellationToken)
    {
        var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        // SQLite's LIKE and lower() fold ASCII only; the genre list merges names with .NET's case rules, so matching uses them too.
        ((SqliteConnection)db.Database.GetDbConnection()).CreateFunction<string?, string, bool>(GenreHas, GenreText.Contains, isDeterministic: true);
        return new CatalogReader(db, cancellationToken);
    }

    public async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync(_cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(_cancellationToken)) rows.Add(map(reader));
        return rows;
    }

    /// <summary>A list of ids as one parameter, expanded in SQL with json_each: no IN-list built from strings.</summary>
    public static string Ids(IEnumerable<long> ids) => JsonSerializer.Serialize(ids);

    public static int? IntOrNull(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt32(ordinal);

    public static long? LongOrNull(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt64(ordinal);

    public static string? TextOrNull(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();
}

using System.Data.Common;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Benchmarks;

/// <summary>
/// A generated music catalogue (albums of ten tracks, ten albums per artist) and listening history written straight
/// into the database: what Home reads on a large household install, without files on disk.
/// </summary>
internal sealed class HistoryCatalog(IDbContextFactory<MediaSuiteDb> dbs, int albums, DateTimeOffset now)
{
    public const int TracksPerAlbum = 10;
    private readonly Random _random = new(42);
    private DbConnection _connection = default!;
    private DbTransaction _transaction = default!;

    public int Tracks => albums * TracksPerAlbum;

    public async Task WriteCatalogAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        await BeginAsync(db);
        await ExecAsync("INSERT INTO Libraries (Id, Name, Path, Kind, Enabled, FromConfiguration, CreatedAt) VALUES (1, 'Music', '/srv/music', 'Music', 1, 0, 0)");
        await ExecAsync("INSERT INTO Folders (Id, LibraryId, Path, Digest, ScannedAt) VALUES (1, 1, '', 'x', 0)");
        using (var artist = Prepare("INSERT INTO Artists (Id, Name, Key) VALUES ($id, $name, $id)", "$id", "$name"))
            for (var a = 1; a <= albums / 10; a++) await RunAsync(artist, a, $"Artist {a:00000}");
        using (var album = Prepare("INSERT INTO Albums (Id, Title, AlbumArtistId, Year, Compilation, Key, AddedAt) VALUES ($id, $title, $artist, $year, 0, $id, $added)",
                   "$id", "$title", "$artist", "$year", "$added"))
            for (var a = 1; a <= albums; a++)
                await RunAsync(album, a, $"Album {a:00000}", (a - 1) / 10 + 1, 1960 + a % 60, now.AddMinutes(-albums + a).UtcTicks);
        using var file = Prepare("INSERT INTO Files (Id, LibraryId, FolderId, Path, Kind, Size, ModifiedTicks, Fingerprint, State, AddedAt, UpdatedAt) " +
            "VALUES ($id, 1, 1, $path, 'Audio', 1, 0, $id, 'Present', 0, 0)", "$id", "$path");
        using var track = Prepare("INSERT INTO Tracks (Id, AlbumId, Title, ArtistText, TrackNumber, DiscNumber, Year, Genres, DurationMs, HasEmbeddedPicture, Lossless) " +
            "VALUES ($id, $album, $title, $artist, $n, 1, $year, $genre, $duration, 0, 0)", "$id", "$album", "$title", "$artist", "$n", "$year", "$genre", "$duration");
        using var credit = Prepare("INSERT INTO TrackArtists (TrackId, ArtistId, Role, Position) VALUES ($t, $a, 'Performer', 0), ($t, $a, 'AlbumArtist', 0)", "$t", "$a");
        for (var t = 1; t <= Tracks; t++)
        {
            int album = (t - 1) / TracksPerAlbum + 1, artist = (album - 1) / 10 + 1;
            await RunAsync(file, t, $"Artist {artist:00000}/Album {album:00000}/{(t - 1) % TracksPerAlbum + 1:00}.flac");
            await RunAsync(track, t, album, $"Track {t:000000}", $"Artist {artist:00000}", (t - 1) % TracksPerAlbum + 1, 1960 + album % 60,
                Genres[album % Genres.Length], 150_000 + t % 120 * 1000);
            await RunAsync(credit, t, artist);
        }
        await _transaction.CommitAsync();
    }

    private static readonly string[] Genres = ["Rock", "Jazz", "Ambient", "Pop", "Classical", "Folk", "Electronic", "Blues"];

    public async Task<string> UserAsync(string name)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await BeginAsync(db);
        var id = Guid.NewGuid().ToString();
        await ExecAsync("INSERT INTO AspNetUsers (Id, CreatedAt, IsDisabled, UserName, NormalizedUserName, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, " +
            "LockoutEnabled, AccessFailedCount) VALUES ($id, 0, 0, $name, upper($name), 0, 0, 0, 1, 0)", ("$id", id), ("$name", name));
        await _transaction.CommitAsync();
        return id;
    }

    /// <summary>Twenty playlists of fifty tracks from the user's favourite albums.</summary>
    public async Task<List<long>> PlaylistsAsync(string userId, IReadOnlyList<int> favourites)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await BeginAsync(db);
        var ids = new List<long>();
        using var entry = Prepare("INSERT INTO PlaylistEntries (PlaylistId, TrackId, Position, AddedAt) VALUES ($p, $t, $n, 0)", "$p", "$t", "$n");
        for (var p = 0; p < 20; p++)
        {
            await ExecAsync("INSERT INTO Playlists (OwnerId, Name, CreatedAt, UpdatedAt) VALUES ($u, $n, 0, $p)", ("$u", userId), ("$n", $"Playlist {p}"), ("$p", p));
            var id = Convert.ToInt64(await ScalarAsync("SELECT last_insert_rowid()"));
            ids.Add(id);
            for (var n = 0; n < 50; n++) await RunAsync(entry, id, TrackOf(favourites[_random.Next(favourites.Count)]), n);
        }
        await _transaction.CommitAsync();
        return ids;
    }

    /// <summary>
    /// Listening sessions going back from now over <paramref name="span"/>: most are whole albums from a few hundred
    /// favourites, some are playlists, the rest loose tracks and radio; one listen in seven is skipped.
    /// </summary>
    public async Task ListensAsync(string userId, int count, TimeSpan span, IReadOnlyList<int> favourites, IReadOnlyList<long> playlists)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await BeginAsync(db);
        using var listen = Prepare("INSERT INTO Listens (UserId, TrackId, ContextKind, ContextId, ContextName, StartedAt, PlayedMs, Completed, Skipped, CountsAsPlay) " +
            "VALUES ($u, $t, $kind, $ctx, $name, $at, $ms, $done, $skip, $play)", "$u", "$t", "$kind", "$ctx", "$name", "$at", "$ms", "$done", "$skip", "$play");
        var sessions = count / 10;
        var step = span / sessions;
        var written = 0;
        for (var s = 0; written < count; s++)
        {
            var at = now - step * s - TimeSpan.FromMinutes(_random.Next(60));
            var kind = _random.NextDouble();
            var album = favourites[(int)(Math.Pow(_random.NextDouble(), 2) * favourites.Count)];
            for (var i = 0; i < 10 && written < count; i++, written++)
            {
                var skipped = _random.Next(7) == 0;
                (long track, string? context, string? contextId) = kind switch
                {
                    < 0.55 => (TrackOf(album) + i, "Album", album.ToString()),
                    < 0.75 when playlists.Count > 0 => (TrackOf(favourites[_random.Next(favourites.Count)]) + _random.Next(10), "Playlist", playlists[s % playlists.Count].ToString()),
                    _ => (_random.Next(1, Tracks + 1), (string?)null, (string?)null),
                };
                await RunAsync(listen, userId, track, context, contextId, context is null ? null : "context", (at + TimeSpan.FromMinutes(3.5 * i)).UtcTicks,
                    skipped ? 20_000 : 180_000, !skipped, skipped, !skipped);
            }
        }
        await _transaction.CommitAsync();
    }

    public IReadOnlyList<int> Favourites(int count) => Enumerable.Range(0, count).Select(_ => _random.Next(1, albums + 1)).Distinct().ToList();

    private static long TrackOf(int album) => (long)(album - 1) * TracksPerAlbum + 1;

    private async Task BeginAsync(MediaSuiteDb db)
    {
        await db.Database.OpenConnectionAsync();
        _connection = db.Database.GetDbConnection();
        _transaction = await _connection.BeginTransactionAsync();
    }

    private async Task ExecAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters) Add(command, name).Value = value ?? DBNull.Value;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return await command.ExecuteScalarAsync();
    }

    private DbCommand Prepare(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var name in names) Add(command, name);
        command.Prepare();
        return command;
    }

    private static async Task RunAsync(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        await command.ExecuteNonQueryAsync();
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}

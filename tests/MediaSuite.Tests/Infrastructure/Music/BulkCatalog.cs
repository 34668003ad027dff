using System.Data.Common;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Tests.Jobs.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>
/// 410 artists (10 without tracks), 2,000 albums and 20,000 tracks written straight into the database,
/// with many equal titles, years and added times so the id tie-breaker matters; every 97th file is
/// missing and so is every file of the last album.
/// </summary>
public sealed class BulkCatalog : IAsyncLifetime
{
    public const int ArtistCount = 400, AlbumCount = 2000, TracksPerAlbum = 10;
    private static readonly long Base = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    private ScannerHarness _harness = default!;
    private DbTransaction? _transaction;

    public MusicQueries Queries => _harness.Factory.Services.GetRequiredService<MusicQueries>();
    public Dictionary<long, long> AlbumAddedAt { get; } = [];
    public HashSet<long> VisibleTracks { get; } = [];
    public HashSet<long> VisibleAlbums { get; } = [];
    public HashSet<long> RockTracks { get; } = [];

    public static string ArtistName(int i) => (i % 2 == 0 ? "Artist " : "ARTIST ") + (i % 150).ToString("000");

    public async Task InitializeAsync()
    {
        _harness = await ScannerHarness.StartAsync();
        await using var db = await _harness.DbAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        _transaction = transaction;
        var libraryId = _harness.Library.Id;
        await Insert(connection, "INSERT INTO Folders (Id, LibraryId, Path, Digest, ScannedAt) VALUES (1, $l, '', 'x', 0)", ("$l", libraryId));
        for (var i = 0; i < ArtistCount + 10; i++)
            await Insert(connection, "INSERT INTO Artists (Id, Name, Key) VALUES ($id, $name, $key)", ("$id", i + 1), ("$name", ArtistName(i)), ("$key", $"k{i}"));
        for (var j = 0; j < AlbumCount; j++)
        {
            var added = Base + j % 600 * TimeSpan.TicksPerMinute;
            AlbumAddedAt[j + 1] = added;
            await Insert(connection, "INSERT INTO Albums (Id, Title, AlbumArtistId, Year, Compilation, Key, AddedAt) VALUES ($id, $title, $artist, $year, 0, $key, $added)",
                ("$id", j + 1), ("$title", (j % 3 == 0 ? "album " : "Album ") + (j % 700).ToString("000")), ("$artist", j % ArtistCount + 1),
                ("$year", j % 11 == 0 ? null : 1970 + j % 50), ("$key", $"a{j}"), ("$added", added));
        }
        for (var k = 0; k < AlbumCount * TracksPerAlbum; k++) await InsertTrack(connection, libraryId, k);
        await transaction.CommitAsync();
    }

    private async Task InsertTrack(DbConnection connection, int libraryId, int k)
    {
        int j = k / TracksPerAlbum, n = k % TracksPerAlbum, artist = j % ArtistCount + 1;
        long id = k + 1;
        var present = k % 97 != 5 && j != AlbumCount - 1;
        var added = Base + k % 1500 * TimeSpan.TicksPerMinute;
        await Insert(connection,
            "INSERT INTO Files (Id, LibraryId, FolderId, Path, Kind, Size, ModifiedTicks, Fingerprint, State, AddedAt, UpdatedAt) " +
            "VALUES ($id, $l, 1, $path, 'Audio', 1, 0, 'f', $state, $added, $added)",
            ("$id", id), ("$l", libraryId), ("$path", $"f/{k}.mp3"), ("$state", present ? "Present" : "Missing"), ("$added", added));
        var genres = k % 3 == 0 ? "Rock; Pop" : k % 3 == 1 ? "rock" : k % 7 == 0 ? "Jazz" : null;
        await Insert(connection,
            "INSERT INTO Tracks (Id, AlbumId, Title, ArtistText, TrackNumber, DiscNumber, Year, Genres, DurationMs, HasEmbeddedPicture, Lossless) " +
            "VALUES ($id, $album, $title, $artists, $track, $disc, $year, $genres, $duration, 0, 0)",
            ("$id", id), ("$album", j + 1), ("$title", (k % 2 == 0 ? "Song " : "song ") + (k % 4000).ToString("0000")),
            ("$artists", n == 3 ? $"{ArtistName(j % ArtistCount)} feat. {ArtistName((j + 1) % ArtistCount)}" : ArtistName(j % ArtistCount)),
            ("$track", j % 13 == 0 ? null : n % 5 + 1), ("$disc", (j % 5) switch { 0 => n < 5 ? 1 : 2, 1 => null, _ => 1 }),
            ("$year", k % 4 == 0 ? null : 1970 + j % 50), ("$genres", genres), ("$duration", k % 17 == 0 ? null : 1000L * (k % 300)));
        await Insert(connection, "INSERT INTO TrackArtists (TrackId, ArtistId, Role, Position) VALUES ($t, $a, 'Performer', 0), ($t, $a, 'AlbumArtist', 0)", ("$t", id), ("$a", artist));
        if (n == 3) await Insert(connection, "INSERT INTO TrackArtists (TrackId, ArtistId, Role, Position) VALUES ($t, $a, 'Performer', 1)", ("$t", id), ("$a", artist % ArtistCount + 1));
        if (!present) return;
        VisibleTracks.Add(id);
        VisibleAlbums.Add(j + 1);
        if (genres?.StartsWith("rock", StringComparison.OrdinalIgnoreCase) == true) RockTracks.Add(id);
    }

    private async Task Insert(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();
}

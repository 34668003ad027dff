using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MediaSuite.Benchmarks;

/// <summary>
/// Writes a large music catalogue straight into a MediaSuite database (schema made by the app's own
/// migrations): artists with several albums each, a tenth of the albums on two discs, one or two
/// genres per track out of forty, names with diacritics, and a listening history for one user that
/// favours some tracks (a few albums are played far more than the rest, as in real homes). Every file
/// row points into one library; only <see cref="RealFile"/> exists on disk (the Range figure streams it).
/// </summary>
internal static class CatalogGenerator
{
    private static readonly string[] Words =
    [
        "Northern", "Light", "Café", "Échos", "Silver", "Harbour", "Midnight", "Garden", "Señora", "River", "Glass", "Velvet", "Storm",
        "Ocean", "Paper", "Golden", "Crimson", "Distant", "Électrique", "Quiet", "Neon", "Winter", "Summer", "Mirror", "Björk", "Canyon",
        "Signal", "Hollow", "Dream", "Fire", "Wolves", "Çelik", "Saudade", "Orbit", "Lantern", "Thunder", "Meadow", "Static", "Zürich", "Amber",
    ];

    private static readonly string[] Genres =
    [
        "Rock", "Pop", "Jazz", "Blues", "Classical", "Electronic", "Ambient", "Hip-Hop", "Soul", "Funk", "Reggae", "Folk", "Country", "Metal",
        "Punk", "Indie", "Disco", "House", "Techno", "Trance", "Drum and Bass", "Dubstep", "R&B", "Gospel", "Latin", "Bossa Nova", "Samba",
        "Flamenco", "Chanson", "Afrobeat", "K-Pop", "J-Pop", "Soundtrack", "World", "Lo-Fi", "Shoegaze", "Post-Rock", "Grunge", "Ska", "Opera",
    ];

    public sealed record Catalogue(int Tracks, int Albums, int Artists, int Listens, long RealTrackId, string LibraryRoot);

    public const string RealFile = "range/sample.mp3";

    public static Catalogue Fill(string databasePath, string libraryRoot, string userId, int tracks, int albums, int listens)
    {
        var random = new Random(42);
        var artists = Math.Max(1, albums / 5);
        var now = DateTimeOffset.UtcNow;
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Exec(connection, "INSERT INTO Libraries (Name, Path, Kind, Enabled, FromConfiguration, CreatedAt, LastScanAt) VALUES ('Music', $p, 'Music', 1, 0, $t, $t)",
            ("$p", libraryRoot), ("$t", now.UtcTicks));
        var libraryId = Scalar(connection, "SELECT last_insert_rowid()");
        Exec(connection, "INSERT INTO Folders (LibraryId, Path, Digest, ScannedAt) VALUES ($l, '', 'generated', $t)", ("$l", libraryId), ("$t", now.UtcTicks));
        var folderId = Scalar(connection, "SELECT last_insert_rowid()");

        using var artist = Prepare(connection, "INSERT INTO Artists (Id, Name, Key) VALUES ($id, $name, $key)", "$id", "$name", "$key");
        for (var a = 1; a <= artists; a++)
        {
            var name = $"{Pick(random)} {Pick(random)} {a}";
            Run(artist, a, name, "artist:" + name.ToLowerInvariant());
        }

        using var album = Prepare(connection, "INSERT INTO Albums (Id, Title, AlbumArtistId, Year, Compilation, Key, AddedAt) VALUES ($id, $title, $artist, $year, 0, $key, $added)",
            "$id", "$title", "$artist", "$year", "$key", "$added");
        using var file = Prepare(connection,
            "INSERT INTO Files (Id, LibraryId, FolderId, Path, Kind, Size, ModifiedTicks, Fingerprint, State, AddedAt, UpdatedAt) " +
            "VALUES ($id, $lib, $folder, $path, 'Audio', $size, 0, $fp, 'Present', $added, $added)", "$id", "$lib", "$folder", "$path", "$size", "$fp", "$added");
        using var track = Prepare(connection,
            "INSERT INTO Tracks (Id, AlbumId, Title, ArtistText, TrackNumber, DiscNumber, Year, Genres, HasEmbeddedPicture, DurationMs, Bitrate, SampleRate, Channels, Codec, Lossless) " +
            "VALUES ($id, $album, $title, $artist, $n, $disc, $year, $genres, 0, $ms, 320, 44100, 2, 'mp3', 0)",
            "$id", "$album", "$title", "$artist", "$n", "$disc", "$year", "$genres", "$ms");
        using var credit = Prepare(connection, "INSERT INTO TrackArtists (TrackId, ArtistId, Role, Position) VALUES ($t, $a, $role, 0)", "$t", "$a", "$role");

        var perAlbum = Math.Max(1, tracks / albums);
        long trackId = 0;
        for (var b = 1; b <= albums; b++)
        {
            var artistId = (b - 1) % artists + 1;
            var year = 1960 + random.Next(66);
            var title = $"{Pick(random)} {Pick(random)} {b}";
            Run(album, b, title, artistId, year, $"album:{artistId}:{title.ToLowerInvariant()}", now.AddMinutes(-random.Next(500_000)).UtcTicks);
            var genres = random.Next(3) == 0 ? $"{Genres[random.Next(Genres.Length)]}; {Genres[random.Next(Genres.Length)]}" : Genres[random.Next(Genres.Length)];
            var discs = b % 10 == 0 ? 2 : 1;
            var count = b == albums ? tracks - (int)trackId - 1 : perAlbum;
            for (var n = 0; n < count; n++)
            {
                trackId++;
                var disc = discs == 2 && n >= count / 2 ? 2 : 1;
                var trackTitle = $"{Pick(random)} {Pick(random)}";
                Run(file, trackId, libraryId, folderId, $"Artist {artistId}/Album {b}/{n + 1:D2} {trackTitle}.mp3", 5_000_000, $"gen{trackId}", now.UtcTicks);
                var artistName = $"Artist {artistId}";
                Run(track, trackId, b, trackTitle, artistName, disc == 2 ? n - count / 2 + 1 : n + 1, disc, year, genres, 120_000 + random.Next(300_000));
                Run(credit, trackId, artistId, "Performer");
                Run(credit, trackId, artistId, "AlbumArtist");
            }
        }
        // The one real file, streamed by the Range figure, on an album of its own.
        trackId++;
        Run(album, albums + 1, "Range Sample", 1, 2024, "album:range", now.UtcTicks);
        Run(file, trackId, libraryId, folderId, RealFile, new FileInfo(Path.Combine(libraryRoot, RealFile)).Length, "range", now.UtcTicks);
        Run(track, trackId, albums + 1, "Range Sample", "Artist 1", 1, 1, 2024, "Rock", 300_000);
        Run(credit, trackId, 1, "Performer");
        var realTrackId = trackId;

        using var listen = Prepare(connection,
            "INSERT INTO Listens (UserId, DeviceId, TrackId, ContextKind, ContextId, ContextName, StartedAt, PlayedMs, Completed, Skipped, CountsAsPlay) " +
            "VALUES ($user, 'bench', $track, 'Album', $album, 'Album', $at, $ms, $done, $skip, $counts)",
            "$user", "$track", "$album", "$at", "$ms", "$done", "$skip", "$counts");
        var tracksTotal = trackId - 1;
        for (var i = 0; i < listens; i++)
        {
            // A quarter of the listens go to one album in a hundred: households replay favourites.
            var t = random.Next(4) == 0 ? (random.Next(albums / 100 + 1) * 100 % albums) * perAlbum + 1 + random.Next(perAlbum) : 1 + random.NextInt64(tracksTotal);
            t = Math.Clamp(t, 1, tracksTotal);
            var done = random.Next(3) != 0;
            Run(listen, userId, t, ((t - 1) / perAlbum + 1).ToString(CultureInfo.InvariantCulture), now.AddMinutes(-random.Next(90 * 24 * 60)).UtcTicks,
                done ? 200_000 : random.Next(1_000, 60_000), done, !done, done);
        }
        transaction.Commit();
        // As after a real scan (which commits folder by folder): no huge WAL left over, and no statistics (the app gathers none until its weekly maintenance).
        Exec(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        return new Catalogue((int)trackId, albums + 1, artists, listens, realTrackId, libraryRoot);
    }

    private static string Pick(Random random) => Words[random.Next(Words.Length)];

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    private static void Exec(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}

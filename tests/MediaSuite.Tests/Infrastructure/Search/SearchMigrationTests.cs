using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MediaSuite.Tests.Infrastructure.Search;

/// <summary>The hand-written migration on a database that already holds a catalogue, as an upgrade meets it.</summary>
public sealed class SearchMigrationTests : IDisposable
{
    private const string Before = "20261121115000_BrowseOrder";
    private readonly string _path = Path.Combine(Path.GetTempPath(), "mediasuite-tests", $"migration-{Guid.NewGuid():N}.db");

    private MediaSuiteDb Open()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        return new MediaSuiteDb(new DbContextOptionsBuilder<MediaSuiteDb>().UseSqlite($"Data Source={_path};Pooling=False").Options);
    }

    [Fact]
    public async Task Up_IndexesTheExistingCatalogue_Down_RemovesTheIndex()
    {
        await using var db = Open();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(Before);
        foreach (var sql in new[]
        {
            "INSERT INTO Libraries (Id, Name, Path, Kind, Enabled, FromConfiguration, CreatedAt) VALUES (1, 'Music', '/m', 'Music', 1, 0, 0)",
            "INSERT INTO Folders (Id, LibraryId, Path, Digest, ScannedAt) VALUES (1, 1, '', 'd', 0)",
            "INSERT INTO Artists (Id, Name, Key) VALUES (1, 'Beyoncé Quartet', 'beyonce quartet')",
            "INSERT INTO Albums (Id, Title, AlbumArtistId, Compilation, Key, AddedAt) VALUES (1, 'Harbour Songs', 1, 0, 'k', 0)",
            "INSERT INTO Files (Id, LibraryId, FolderId, Path, Kind, Size, ModifiedTicks, Fingerprint, State, AddedAt, UpdatedAt) VALUES (7, 1, 1, 'a.mp3', 'Audio', 1, 0, 'f', 'Present', 0, 0)",
            "INSERT INTO Tracks (Id, AlbumId, Title, ArtistText, HasEmbeddedPicture, Lossless) VALUES (7, 1, 'Low Tide', 'Beyoncé Quartet', 0, 0)",
        })
            await db.Database.ExecuteSqlRawAsync(sql);

        await migrator.MigrateAsync();

        Assert.Equal([1L], await SearchIndexCheck.IdsAsync(db, "SELECT rowid FROM SearchArtists WHERE SearchArtists MATCH '\"beyonce\"*'"));
        Assert.Equal([1L], await SearchIndexCheck.IdsAsync(db, "SELECT rowid FROM SearchAlbums WHERE SearchAlbums MATCH '\"quartet\"'"));
        Assert.Equal([7L], await SearchIndexCheck.IdsAsync(db, "SELECT rowid FROM SearchTracks WHERE SearchTracks MATCH '\"harbour\" \"low\"'"));
        await SearchIndexCheck.AssertMatchesCatalogueAsync(db);

        await migrator.MigrateAsync(Before);

        var left = await SearchIndexCheck.IdsAsync(db, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'Search%' OR name LIKE '%SearchDelete'");
        Assert.Equal([0L], left);
        Assert.Equal([7L], await SearchIndexCheck.IdsAsync(db, "SELECT Id FROM Tracks"));
    }

    public void Dispose()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(file);
    }
}

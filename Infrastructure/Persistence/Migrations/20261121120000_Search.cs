using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaSuite.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The search index (see Infrastructure/Search/README.md): one FTS5 table per kind, rowid = the
    /// catalogue row's id, each holding its own copy of the few words it indexes. Written by hand because
    /// EF's model has no place for virtual tables; the model and snapshot do not change.
    /// The scanner writes index rows in its own batches; deletes (including the cascades from Files)
    /// reach the index through AFTER DELETE triggers, which cost nothing when rows are inserted.
    /// </summary>
    [DbContext(typeof(MediaSuiteDb))]
    [Migration("20261121120000_Search")]
    public sealed class Search : Migration
    {
        private const string Options = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'";

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"CREATE VIRTUAL TABLE SearchArtists USING fts5(Name, {Options});");
            migrationBuilder.Sql($"CREATE VIRTUAL TABLE SearchAlbums USING fts5(Title, Artist, {Options});");
            migrationBuilder.Sql($"CREATE VIRTUAL TABLE SearchTracks USING fts5(Title, Artists, Album, {Options});");

            migrationBuilder.Sql("CREATE TRIGGER Artists_SearchDelete AFTER DELETE ON Artists BEGIN DELETE FROM SearchArtists WHERE rowid = old.Id; END;");
            migrationBuilder.Sql("CREATE TRIGGER Albums_SearchDelete AFTER DELETE ON Albums BEGIN DELETE FROM SearchAlbums WHERE rowid = old.Id; END;");
            migrationBuilder.Sql("CREATE TRIGGER Tracks_SearchDelete AFTER DELETE ON Tracks BEGIN DELETE FROM SearchTracks WHERE rowid = old.Id; END;");

            migrationBuilder.Sql("INSERT INTO SearchArtists (rowid, Name) SELECT Id, Name FROM Artists;");
            migrationBuilder.Sql("INSERT INTO SearchAlbums (rowid, Title, Artist) SELECT a.Id, a.Title, ar.Name FROM Albums a JOIN Artists ar ON ar.Id = a.AlbumArtistId;");
            migrationBuilder.Sql("INSERT INTO SearchTracks (rowid, Title, Artists, Album) SELECT t.Id, t.Title, t.ArtistText, a.Title FROM Tracks t JOIN Albums a ON a.Id = t.AlbumId;");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Tracks_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Albums_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Artists_SearchDelete;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchTracks;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchAlbums;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchArtists;");
        }
    }
}

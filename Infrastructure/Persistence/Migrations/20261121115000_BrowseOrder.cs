using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MediaSuite.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// One index per browse order that has no index yet (see MusicQueries), so every page of a sorted
    /// list is an index walk rather than a sort of the whole catalogue. Expression and collation indexes
    /// cannot be declared in the EF Core 6 model, so this migration is SQL only and leaves the model as it is.
    /// </summary>
    [DbContext(typeof(MediaSuiteDb))]
    [Migration("20261121115000_BrowseOrder")]
    public partial class BrowseOrder : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IX_Tracks_Artist_Order ON Tracks (ArtistText COLLATE NOCASE, COALESCE(Year, 0), AlbumId, COALESCE(DiscNumber, 1), COALESCE(TrackNumber, 0), Id);");
            migrationBuilder.Sql("CREATE INDEX IX_Tracks_Year_Order ON Tracks (COALESCE(Year, 0), AlbumId, COALESCE(DiscNumber, 1), COALESCE(TrackNumber, 0), Id);");
            migrationBuilder.Sql("CREATE INDEX IX_Tracks_Duration_Order ON Tracks (COALESCE(DurationMs, 0), Id);");
            migrationBuilder.Sql("CREATE INDEX IX_Albums_Year_Order ON Albums (COALESCE(Year, 0), Title COLLATE NOCASE, Id);");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Tracks_Artist_Order;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Tracks_Year_Order;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Tracks_Duration_Order;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS IX_Albums_Year_Order;");
        }
    }
}

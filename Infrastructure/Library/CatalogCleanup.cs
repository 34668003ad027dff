using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Library;

/// <summary>Albums without tracks and artists without albums or tracks go when their last file does.</summary>
internal static class CatalogCleanup
{
    /// <summary>Run in this order: covers that point at gone tracks, then albums, artists, and emptied folders.</summary>
    public static readonly string[] OrphanSql =
    [
        "UPDATE Albums SET CoverTrackId = NULL WHERE CoverTrackId IS NOT NULL AND CoverTrackId NOT IN (SELECT Id FROM Tracks)",
        "DELETE FROM Albums WHERE Id NOT IN (SELECT DISTINCT AlbumId FROM Tracks)",
        "DELETE FROM Artists WHERE Id NOT IN (SELECT DISTINCT ArtistId FROM TrackArtists) AND Id NOT IN (SELECT DISTINCT AlbumArtistId FROM Albums)",
        "DELETE FROM Folders WHERE Digest = '' AND Id NOT IN (SELECT DISTINCT FolderId FROM Files)",
    ];

    public static async Task RemoveOrphansAsync(MediaSuiteDb db)
    {
        foreach (var sql in OrphanSql) await db.Database.ExecuteSqlRawAsync(sql);
    }
}

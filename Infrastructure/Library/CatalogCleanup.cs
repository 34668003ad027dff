using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Library;

/// <summary>Albums without tracks and artists without albums or tracks go when their last file does.</summary>
internal static class CatalogCleanup
{
    public static async Task RemoveOrphansAsync(MediaSuiteDb db)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM Albums WHERE Id NOT IN (SELECT DISTINCT AlbumId FROM Tracks)");
        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM Artists WHERE Id NOT IN (SELECT DISTINCT ArtistId FROM TrackArtists) AND Id NOT IN (SELECT DISTINCT AlbumArtistId FROM Albums)");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM Folders WHERE Id NOT IN (SELECT DISTINCT FolderId FROM Files) AND Digest = ''");
    }
}

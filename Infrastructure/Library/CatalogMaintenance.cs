using MediaSuite.Infrastructure.Search;

namespace MediaSuite.Infrastructure.Library;

/// <summary>The end of a scan: moved files get their identity back, long-missing files go, orphans are removed.</summary>
public sealed class CatalogMaintenance(ScanSession session, TimeProvider clock)
{
    /// <summary>
    /// A missing file and a file first seen in this scan with the same fingerprint are one file that
    /// moved: the old row (and the plays, ratings and playlist entries that point at it) takes the
    /// new path and metadata, and the new row goes. Ties prefer the same file name.
    /// </summary>
    public async Task<int> ReconcileMovesAsync()
    {
        var candidates = new List<(long Old, string OldPath, long New, string NewPath)>();
        await using (var reader = await session.Command(
            "SELECT m.Id, m.Path, n.Id, n.Path FROM Files m JOIN Files n ON n.Fingerprint = m.Fingerprint AND n.Kind = m.Kind " +
            "WHERE m.State = 'Missing' AND m.AddedAt < $start AND n.State = 'Present' AND n.AddedAt >= $start",
            ("$start", session.StartedAt.UtcTicks)).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) candidates.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3)));
        }
        var taken = new HashSet<long>();
        var moves = 0;
        foreach (var group in candidates.GroupBy(c => c.Old))
        {
            var best = group.Where(c => !taken.Contains(c.New))
                .OrderByDescending(c => Path.GetFileName(c.OldPath) == Path.GetFileName(c.NewPath))
                .ThenBy(c => c.New)
                .FirstOrDefault();
            if (best == default) continue;
            taken.Add(best.New);
            await MoveIdentityAsync(best.Old, best.New);
            moves++;
        }
        return moves;
    }

    private async Task MoveIdentityAsync(long old, long @new)
    {
        await session.BeginAsync();
        // Children are re-pointed before their parent row exists under the old id; the check waits for the commit.
        await session.ExecuteAsync("PRAGMA defer_foreign_keys = ON");
        foreach (var table in new[] { "Tracks", "Photos", "Videos" })
            await session.ExecuteAsync($"DELETE FROM {table} WHERE Id = $old", ("$old", old));
        await session.ExecuteAsync("UPDATE TrackArtists SET TrackId = $old WHERE TrackId = $new", ("$old", old), ("$new", @new));
        foreach (var table in new[] { "Tracks", "Photos", "Videos" })
            await session.ExecuteAsync($"UPDATE {table} SET Id = $old WHERE Id = $new", ("$old", old), ("$new", @new));
        // The old track's index row went with it (a delete trigger); the new one's takes the old id, as the track did.
        await session.ExecuteAsync(SearchIndexSql.MoveTrack, ("$old", old), ("$new", @new));
        await session.ExecuteAsync("UPDATE Albums SET CoverTrackId = $old WHERE CoverTrackId = $new", ("$old", old), ("$new", @new));

        (int Library, long Folder, string Path, long Size, long Modified) moved;
        await using (var reader = await session.Command("SELECT LibraryId, FolderId, Path, Size, ModifiedTicks FROM Files WHERE Id = $new", ("$new", @new)).ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            moved = (reader.GetInt32(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4));
        }
        await session.ExecuteAsync("DELETE FROM Files WHERE Id = $new", ("$new", @new));
        await session.ExecuteAsync(
            "UPDATE Files SET LibraryId = $lib, FolderId = $folder, Path = $path, Size = $size, ModifiedTicks = $mtime, State = 'Present', MissingSince = NULL, UpdatedAt = $now WHERE Id = $old",
            ("$lib", moved.Library), ("$folder", moved.Folder), ("$path", moved.Path), ("$size", moved.Size), ("$mtime", moved.Modified),
            ("$now", clock.GetUtcNow().UtcTicks), ("$old", old));
        await session.CommitAsync();
    }

    /// <summary>Deletes files missing for longer than the grace period (their typed rows cascade), then orphaned albums, artists and folders.</summary>
    public async Task<int> PurgeAsync(TimeSpan grace)
    {
        var cutoff = (clock.GetUtcNow() - grace).UtcTicks;
        await session.BeginAsync();
        var purged = await session.ExecuteAsync("DELETE FROM Files WHERE LibraryId = $lib AND State = 'Missing' AND MissingSince <= $cutoff",
            ("$lib", session.Library.Id), ("$cutoff", cutoff));
        foreach (var sql in CatalogCleanup.OrphanSql) await session.ExecuteAsync(sql);
        await session.CommitAsync();
        if (purged > 0)
        {
            foreach (var key in session.AlbumIds.Keys.ToList()) session.AlbumIds.Remove(key);
            foreach (var key in session.ArtistIds.Keys.ToList()) session.ArtistIds.Remove(key);
        }
        return purged;
    }

    public async Task RecordScanAsync(string? offlineReason)
    {
        await session.ExecuteAsync("UPDATE Libraries SET LastScanAt = $now, OfflineReason = $reason WHERE Id = $lib",
            ("$now", clock.GetUtcNow().UtcTicks), ("$reason", offlineReason), ("$lib", session.Library.Id));
    }
}

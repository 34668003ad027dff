using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Library;

/// <summary>
/// Applies a batch of folders' changes to the catalogue (and its search index) in one transaction: all of
/// them or none. One commit per scanner batch rather than per folder, because each commit has a fixed
/// cost (the WAL frames, and FTS5 writes a new index segment per table per commit) that a folder of ten
/// tracks would otherwise pay alone. A batch is at most a few hundred files, so the write lock is held
/// for milliseconds.
/// </summary>
public sealed class CatalogWriter(ScanSession session, TimeProvider clock)
{
    private readonly MusicWriter _music = new(session);

    public Task ApplyAsync(FolderChange change) => ApplyAsync([change]);

    public async Task ApplyAsync(IReadOnlyList<FolderChange> changes)
    {
        var now = clock.GetUtcNow();
        var folderIds = new long[changes.Count];
        await session.BeginAsync();
        try
        {
            for (var i = 0; i < changes.Count; i++) folderIds[i] = await WriteFolderAsync(changes[i], now);
            await _music.Search.WriteAsync(session);
            await session.CommitAsync();
        }
        catch
        {
            _music.Search.Clear();
            await session.RollbackAsync();
            throw;
        }
        for (var i = 0; i < changes.Count; i++) session.Folders[changes[i].Path] = (folderIds[i], changes[i].Digest);
    }

    private async Task<long> WriteFolderAsync(FolderChange change, DateTimeOffset now)
    {
        var folderId = await session.ScalarAsync(
            "INSERT INTO Folders (LibraryId, Path, Digest, ScannedAt) VALUES ($lib, $path, $digest, $now) " +
            "ON CONFLICT (LibraryId, Path) DO UPDATE SET Digest = excluded.Digest, ScannedAt = excluded.ScannedAt RETURNING Id",
            ("$lib", session.Library.Id), ("$path", change.Path), ("$digest", change.Digest), ("$now", now.UtcTicks));
        await ReplaceProblemsAsync(change, now);
        foreach (var id in change.Gone)
            await session.ExecuteAsync("UPDATE Files SET State = 'Missing', MissingSince = COALESCE(MissingSince, $now) WHERE Id = $id", ("$now", now.UtcTicks), ("$id", id));
        foreach (var id in change.Revived)
            await session.ExecuteAsync("UPDATE Files SET State = 'Present', MissingSince = NULL, UpdatedAt = $now WHERE Id = $id", ("$now", now.UtcTicks), ("$id", id));
        foreach (var write in change.Writes.Where(w => w.Read.Problem is null))
            await WriteFileAsync(write, folderId, change, now);
        return folderId;
    }

    /// <summary>A folder that is no longer there: its files are missing (not deleted), and it will be rescanned if it returns.</summary>
    public async Task MarkFolderGoneAsync(string path)
    {
        if (!session.Folders.TryGetValue(path, out var folder)) return;
        var now = clock.GetUtcNow().UtcTicks;
        await session.BeginAsync();
        await session.ExecuteAsync("UPDATE Files SET State = 'Missing', MissingSince = COALESCE(MissingSince, $now) WHERE FolderId = $f AND State = 'Present'", ("$now", now), ("$f", folder.Id));
        await session.ExecuteAsync("UPDATE Folders SET Digest = '' WHERE Id = $f", ("$f", folder.Id));
        await session.ExecuteAsync("DELETE FROM ScanProblems WHERE LibraryId = $lib AND Folder = $path", ("$lib", session.Library.Id), ("$path", path));
        await session.CommitAsync();
        session.Folders[path] = (folder.Id, "");
    }

    private async Task ReplaceProblemsAsync(FolderChange change, DateTimeOffset now)
    {
        await session.ExecuteAsync("DELETE FROM ScanProblems WHERE LibraryId = $lib AND Folder = $folder", ("$lib", session.Library.Id), ("$folder", change.Path));
        var problems = change.Problems.Concat(change.Writes.Where(w => w.Read.Problem is not null).Select(w => (w.Path, w.Read.Problem!)));
        foreach (var (path, reason) in problems)
            await session.ExecuteAsync("INSERT INTO ScanProblems (LibraryId, Folder, Path, Reason, SeenAt) VALUES ($lib, $folder, $path, $reason, $now)",
                ("$lib", session.Library.Id), ("$folder", change.Path), ("$path", path), ("$reason", reason.Length > 1000 ? reason[..1000] : reason), ("$now", now.UtcTicks));
    }

    private async Task WriteFileAsync(FileWrite write, long folderId, FolderChange change, DateTimeOffset now)
    {
        long id;
        if (write.ExistingId is { } existing)
        {
            id = existing;
            await session.ExecuteAsync(
                "UPDATE Files SET FolderId = $folder, Kind = $kind, Size = $size, ModifiedTicks = $mtime, Fingerprint = $fp, State = 'Present', MissingSince = NULL, UpdatedAt = $now WHERE Id = $id",
                ("$folder", folderId), ("$kind", write.Kind.ToString()), ("$size", write.Size), ("$mtime", write.ModifiedTicks), ("$fp", write.Fingerprint), ("$now", now.UtcTicks), ("$id", id));
            await session.ExecuteAsync("DELETE FROM Tracks WHERE Id = $id", ("$id", id));
            await session.ExecuteAsync("DELETE FROM Photos WHERE Id = $id", ("$id", id));
            await session.ExecuteAsync("DELETE FROM Videos WHERE Id = $id", ("$id", id));
        }
        else
        {
            id = await session.ScalarAsync(
                "INSERT INTO Files (LibraryId, FolderId, Path, Kind, Size, ModifiedTicks, Fingerprint, State, AddedAt, UpdatedAt) " +
                "VALUES ($lib, $folder, $path, $kind, $size, $mtime, $fp, 'Present', $now, $now) RETURNING Id",
                ("$lib", session.Library.Id), ("$folder", folderId), ("$path", write.Path), ("$kind", write.Kind.ToString()),
                ("$size", write.Size), ("$mtime", write.ModifiedTicks), ("$fp", write.Fingerprint), ("$now", now.UtcTicks));
        }

        switch (write.Kind)
        {
            case MediaKind.Audio when write.Read.Audio is { } audio:
                await _music.WriteTrackAsync(id, write, audio, change, now);
                break;
            case MediaKind.Photo when write.Read.Photo is { } photo:
                await session.ExecuteAsync(MetadataColumns<Domain.Library.PhotoMetadata>.InsertSql("Photos"), MetadataColumns<Domain.Library.PhotoMetadata>.Parameters(id, photo));
                break;
            case MediaKind.Video when write.Read.Video is { } video:
                await session.ExecuteAsync(MetadataColumns<Domain.Library.VideoMetadata>.InsertSql("Videos"), MetadataColumns<Domain.Library.VideoMetadata>.Parameters(id, video));
                break;
        }
    }
}

using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Streaming;

/// <summary>A track's file on disk, or the sentence that says why it cannot be played now.</summary>
public sealed record TrackSource(long TrackId, string FullPath, string? Codec, string? Unavailable);

/// <summary>Where a track's file is, for the stream endpoint.</summary>
public sealed class TrackSources(IDbContextFactory<MediaSuiteDb> dbs)
{
    /// <summary>Null when there is no such track.</summary>
    public async Task<TrackSource?> FindAsync(long trackId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var row = await (
                from t in db.Tracks
                join f in db.Files on t.Id equals f.Id
                join l in db.Libraries on f.LibraryId equals l.Id
                where t.Id == trackId
                select new { t.Codec, f.Path, f.State, Root = l.Path, Library = l.Name, l.Enabled, l.OfflineReason })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null) return null;

        var fullPath = Path.Combine(row.Root, row.Path.Replace('/', Path.DirectorySeparatorChar));
        var unavailable =
            !row.Enabled ? $"The library '{row.Library}' that holds this track is disabled."
            : row.OfflineReason is not null ? $"The library '{row.Library}' that holds this track is offline (its drive may be unmounted); it plays again once a scan finds the folder."
            : row.State == FileState.Missing ? $"The file of this track, '{row.Path}', is missing from the library '{row.Library}'."
            // The catalogue is as old as the last scan; a drive unmounted since then shows up here.
            : !File.Exists(fullPath) ? $"The file of this track, '{row.Path}', cannot be found in the library '{row.Library}'; a rescan will mark it missing."
            : null;
        return new TrackSource(trackId, fullPath, row.Codec, unavailable);
    }
}

using System.Collections.Concurrent;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Streaming;

/// <summary>A track's file on disk, or the sentence that says why it cannot be played now.</summary>
public sealed record TrackSource(long TrackId, string FullPath, string? Codec, string? Unavailable);

/// <summary>
/// Where a track's file is, for the stream endpoint. A player sends a burst of Range requests for one
/// track (start, seeks, the preload of the next), so the catalogue row is remembered for a few seconds;
/// whether the file is still on disk is checked on every request. A library disabled meanwhile
/// stops streaming within <see cref="RowLifetime"/>.
/// </summary>
public sealed class TrackSources(IDbContextFactory<MediaSuiteDb> dbs, TimeProvider clock)
{
    private static readonly TimeSpan RowLifetime = TimeSpan.FromSeconds(10);
    private const int MaxRemembered = 1024;

    private readonly ConcurrentDictionary<long, (Row Row, DateTimeOffset Until)> _rows = new();

    /// <summary>Null when there is no such track.</summary>
    public async Task<TrackSource?> FindAsync(long trackId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (_rows.TryGetValue(trackId, out var known) && known.Until > now && known.Row is { } remembered)
        {
            // Only playable rows are remembered; one whose file has gone is read again, since a rescan may have moved or marked it.
            var source = SourceOf(trackId, remembered);
            if (source.Unavailable is null) return source;
        }
        var row = await ReadAsync(trackId, cancellationToken);
        var found = row is null ? null : SourceOf(trackId, row);
        if (_rows.Count >= MaxRemembered) _rows.Clear();
        if (found is { Unavailable: null }) _rows[trackId] = (row!, now + RowLifetime);
        else _rows.TryRemove(trackId, out _);
        return found;
    }

    private static TrackSource SourceOf(long trackId, Row row)
    {
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

    private async Task<Row?> ReadAsync(long trackId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await (
                from t in db.Tracks
                join f in db.Files on t.Id equals f.Id
                join l in db.Libraries on f.LibraryId equals l.Id
                where t.Id == trackId
                select new Row(t.Codec, f.Path, f.State, l.Path, l.Name, l.Enabled, l.OfflineReason))
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
    }

    private sealed record Row(string? Codec, string Path, FileState State, string Root, string Library, bool Enabled, string? OfflineReason);
}

using MediaSuite.Domain.Music;

namespace MediaSuite.Infrastructure.Music;

public sealed partial class PlaylistService
{
    /// <summary>Album order, as the album page shows it: disc, then track number (unnumbered last), then title.</summary>
    private const string AlbumOrder = "COALESCE(t.DiscNumber, 1), t.TrackNumber IS NULL, t.TrackNumber, t.Title COLLATE NOCASE, t.Id";

    /// <summary>Appends the tracks in the given order (a track may be there twice). Every id must be a track the user can see; otherwise nothing is added.</summary>
    public async Task<int> AddTracksAsync(string userId, long playlistId, IReadOnlyList<long> trackIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trackIds);
        if (trackIds.Count == 0) throw new PlaylistException("No tracks were given to add.");
        await using var sql = await SqlSession.OpenAsync(dbs, write: true, cancellationToken);
        await OwnedAsync(sql, userId, playlistId);
        var distinct = trackIds.Distinct().ToList();
        var known = (await sql.ListAsync($"SELECT t.Id FROM json_each($ids) j CROSS JOIN Tracks t ON t.Id = j.value {CatalogReader.Visible}",
            r => r.GetInt64(0), ("$ids", CatalogReader.Ids(distinct)))).ToHashSet();
        var unknown = distinct.Count(id => !known.Contains(id));
        if (unknown > 0)
            throw new PlaylistException(unknown == 1 && distinct.Count == 1
                ? "That track is not in the library any more."
                : $"{unknown} of the tracks are not in the library any more; nothing was added.");
        await AppendAsync(sql, playlistId, trackIds);
        await sql.CommitAsync();
        return trackIds.Count;
    }

    /// <summary>Appends an album's visible tracks in disc and track order; returns how many.</summary>
    public async Task<int> AddAlbumAsync(string userId, long playlistId, long albumId, CancellationToken cancellationToken = default)
    {
        await using var sql = await SqlSession.OpenAsync(dbs, write: true, cancellationToken);
        await OwnedAsync(sql, userId, playlistId);
        var tracks = await sql.ListAsync($"SELECT t.Id FROM Tracks t {CatalogReader.Visible} WHERE t.AlbumId = $a ORDER BY {AlbumOrder}",
            r => r.GetInt64(0), ("$a", albumId));
        if (tracks.Count == 0) throw new PlaylistException("That album has no tracks in the library.");
        await AppendAsync(sql, playlistId, tracks);
        await sql.CommitAsync();
        return tracks.Count;
    }

    public async Task RemoveEntryAsync(string userId, long playlistId, long entryId, CancellationToken cancellationToken = default)
    {
        await using var sql = await SqlSession.OpenAsync(dbs, write: true, cancellationToken);
        await OwnedAsync(sql, userId, playlistId);
        var position = await PositionOfAsync(sql, playlistId, entryId);
        await sql.ExecuteAsync("DELETE FROM PlaylistEntries WHERE Id = $e", ("$e", entryId));
        await sql.ExecuteAsync("UPDATE PlaylistEntries SET Position = Position - 1 WHERE PlaylistId = $p AND Position > $at", ("$p", playlistId), ("$at", position));
        await TouchAsync(sql, playlistId);
        await sql.CommitAsync();
    }

    /// <summary>
    /// Takes the entry out and puts it back at <paramref name="toPosition"/> (0-based over all entries; past the end means last),
    /// so the entries in between shift by one. Dropping on another entry's position takes that entry's place.
    /// </summary>
    public async Task MoveEntryAsync(string userId, long playlistId, long entryId, int toPosition, CancellationToken cancellationToken = default)
    {
        await using var sql = await SqlSession.OpenAsync(dbs, write: true, cancellationToken);
        await OwnedAsync(sql, userId, playlistId);
        var from = await PositionOfAsync(sql, playlistId, entryId);
        var count = await sql.ScalarAsync<int>("SELECT COUNT(*) FROM PlaylistEntries WHERE PlaylistId = $p", ("$p", playlistId));
        var to = Math.Clamp(toPosition, 0, count - 1);
        if (to == from) return;
        if (to > from)
            await sql.ExecuteAsync("UPDATE PlaylistEntries SET Position = Position - 1 WHERE PlaylistId = $p AND Position > $from AND Position <= $to",
                ("$p", playlistId), ("$from", from), ("$to", to));
        else
            await sql.ExecuteAsync("UPDATE PlaylistEntries SET Position = Position + 1 WHERE PlaylistId = $p AND Position >= $to AND Position < $from",
                ("$p", playlistId), ("$from", from), ("$to", to));
        await sql.ExecuteAsync("UPDATE PlaylistEntries SET Position = $to WHERE Id = $e", ("$to", to), ("$e", entryId));
        await TouchAsync(sql, playlistId);
        await sql.CommitAsync();
    }

    private async Task AppendAsync(SqlSession sql, long playlistId, IReadOnlyList<long> trackIds)
    {
        var count = await sql.ScalarAsync<int>("SELECT COUNT(*) FROM PlaylistEntries WHERE PlaylistId = $p", ("$p", playlistId));
        if (count + trackIds.Count > PlaylistRules.MaxEntries)
            throw new PlaylistException($"A playlist holds at most {PlaylistRules.MaxEntries:N0} tracks; this one has {count:N0} and {trackIds.Count:N0} more would not fit.");
        // json_each's key is the index in the array, so the tracks keep the order given.
        await sql.ExecuteAsync("INSERT INTO PlaylistEntries (PlaylistId, TrackId, Position, AddedAt) SELECT $p, j.value, $base + j.key, $now FROM json_each($ids) j",
            ("$p", playlistId), ("$base", count), ("$now", Now()), ("$ids", CatalogReader.Ids(trackIds)));
        await TouchAsync(sql, playlistId);
    }

    private static async Task<int> PositionOfAsync(SqlSession sql, long playlistId, long entryId) =>
        await sql.ScalarAsync<int?>("SELECT Position FROM PlaylistEntries WHERE Id = $e AND PlaylistId = $p", ("$e", entryId), ("$p", playlistId))
        ?? throw new PlaylistException("That entry is no longer in the playlist; reload the page.");

    private Task TouchAsync(SqlSession sql, long playlistId) =>
        sql.ExecuteAsync("UPDATE Playlists SET UpdatedAt = $now WHERE Id = $p", ("$now", Now()), ("$p", playlistId));
}

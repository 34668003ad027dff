using System.Globalization;
using MediaSuite.Domain.Music;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Music;

/// <summary>
/// A user's own playlists. Every call names the acting user; a playlist of someone else is reported as
/// not found (<see cref="PlaylistNotFoundException"/>), so ids reveal nothing. Bad input throws
/// <see cref="PlaylistException"/> with a sentence for the user and changes nothing. Entries keep dense
/// 0-based positions; entries whose track cannot be seen now (missing file, disabled library) are kept
/// but not shown, played or exported.
/// </summary>
public sealed partial class PlaylistService(IDbContextFactory<MediaSuiteDb> dbs, TimeProvider clock)
{
    private const string VisibleEntries = $"CROSS JOIN Tracks t ON t.Id = e.TrackId {CatalogReader.Visible}";

    /// <summary>The user's playlists, most recently changed first.</summary>
    public async Task<IReadOnlyList<PlaylistSummary>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var sql = await SqlSession.OpenAsync(dbs, write: false, cancellationToken);
        var playlists = await sql.ListAsync("SELECT Id, Name, UpdatedAt FROM Playlists WHERE OwnerId = $u ORDER BY UpdatedAt DESC, Id DESC",
            r => (Id: r.GetInt64(0), Name: r.GetString(1), UpdatedAt: Ticks(r.GetInt64(2))), ("$u", userId));
        if (playlists.Count == 0) return [];
        var stats = (await sql.ListAsync(
            // SQLite fills the bare column e.TrackId from the row that holds MIN(e.Position): the first visible track, for the cover.
            $"SELECT e.PlaylistId, COUNT(*), COALESCE(SUM(t.DurationMs), 0), MIN(e.Position), e.TrackId FROM json_each($ids) j " +
            $"CROSS JOIN PlaylistEntries e ON e.PlaylistId = j.value {VisibleEntries} GROUP BY e.PlaylistId",
            r => (Id: r.GetInt64(0), Count: r.GetInt32(1), Duration: r.GetInt64(2), Cover: r.GetInt64(4)),
            ("$ids", CatalogReader.Ids(playlists.Select(p => p.Id))))).ToDictionary(s => s.Id);
        return playlists.Select(p => stats.TryGetValue(p.Id, out var s)
            ? new PlaylistSummary(p.Id, p.Name, s.Count, s.Duration, p.UpdatedAt, s.Cover)
            : new PlaylistSummary(p.Id, p.Name, 0, 0, p.UpdatedAt, null)).ToList();
    }

    /// <summary>Null when the playlist does not exist or is not the user's.</summary>
    public async Task<PlaylistDetails?> GetAsync(string userId, long playlistId, CancellationToken cancellationToken = default)
    {
        await using var sql = await SqlSession.OpenAsync(dbs, write: false, cancellationToken);
        var playlist = (await sql.ListAsync("SELECT Name, UpdatedAt FROM Playlists WHERE Id = $id AND OwnerId = $u",
            r => (Name: r.GetString(0), UpdatedAt: Ticks(r.GetInt64(1))), ("$id", playlistId), ("$u", userId))).SingleOrDefault();
        if (playlist.Name is null) return null;
        var entries = await sql.ListAsync(
            $"SELECT e.Id, e.Position, t.Id, t.Title, t.ArtistText, t.AlbumId, a.Title, t.DurationMs FROM PlaylistEntries e {VisibleEntries} " +
            "JOIN Albums a ON a.Id = t.AlbumId WHERE e.PlaylistId = $id ORDER BY e.Position, e.Id",
            r => new PlaylistEntryItem(r.GetInt64(0), r.GetInt32(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetInt64(5), r.GetString(6),
                CatalogReader.LongOrNull(r, 7)),
            ("$id", playlistId));
        var total = await sql.ScalarAsync<int>("SELECT COUNT(*) FROM PlaylistEntries WHERE PlaylistId = $id", ("$id", playlistId));
        return new PlaylistDetails(playlistId, playlist.Name, entries, total - entries.Count, entries.Sum(e => e.DurationMs ?? 0), playlist.UpdatedAt);
    }

    /// <summary>What "play" plays: the visible tracks in playlist order. Null when the playlist does not exist or is not the user's.</summary>
    public async Task<PlaybackContext?> ContextAsync(string userId, long playlistId, CancellationToken cancellationToken = default)
    {
        await using var sql = await SqlSession.OpenAsync(dbs, write: false, cancellationToken);
        var name = await sql.ScalarAsync<string>("SELECT Name FROM Playlists WHERE Id = $id AND OwnerId = $u", ("$id", playlistId), ("$u", userId));
        if (name is null) return null;
        var tracks = await sql.ListAsync($"SELECT t.Id FROM PlaylistEntries e {VisibleEntries} WHERE e.PlaylistId = $id ORDER BY e.Position, e.Id",
            r => r.GetInt64(0), ("$id", playlistId));
        return new PlaybackContext(ContextKind.Playlist, ContextId(playlistId), name, [.. tracks]);
    }

    /// <summary>The <see cref="PlaybackContext.Id"/> (and so the listen's ContextId) of a playlist: its id in invariant digits.</summary>
    public static string ContextId(long playlistId) => playlistId.ToString(CultureInfo.InvariantCulture);

    public async Task<PlaylistSummary> CreateAsync(string userId, string? name, CancellationToken cancellationToken = default)
    {
        var valid = ValidName(name);
        await using var sql = await SqlSession.OpenAsync(dbs, write: true, cancellationToken);
        await EnsureFreeAsync(sql, userId, valid, exceptId: null);
        var id = await InsertAsync(sql, userId, valid);
        await sql.CommitAsync();
        return new PlaylistSummary(id, valid, 0, 0, clock.GetUtcNow(), null);
    }

    public async Task RenameAsync(string userId, long playlistId, string? name, CancellationToken cancellationToken = default)
    {
        var valid = ValidName(name);
        await using var sql = await SqlSession.OpenAsync(dbs, write: true, cancellationToken);
        await OwnedAsync(sql, userId, playlistId);
        await EnsureFreeAsync(sql, userId, valid, exceptId: playlistId);
        await sql.ExecuteAsync("UPDATE Playlists SET Name = $n, UpdatedAt = $now WHERE Id = $id", ("$n", valid), ("$now", Now()), ("$id", playlistId));
        await sql.CommitAsync();
    }

    public async Task DeleteAsync(string userId, long playlistId, CancellationToken cancellationToken = default)
    {
        await using var sql = await SqlSession.OpenAsync(dbs, write: true, cancellationToken);
        await OwnedAsync(sql, userId, playlistId);
        // Entries go with it (ON DELETE CASCADE).
        await sql.ExecuteAsync("DELETE FROM Playlists WHERE Id = $id", ("$id", playlistId));
        await sql.CommitAsync();
    }

    private static string ValidName(string? name)
    {
        var (valid, problem) = PlaylistRules.CheckName(name);
        return valid ?? throw new PlaylistException(problem!);
    }

    private static async Task EnsureFreeAsync(SqlSession sql, string userId, string name, long? exceptId)
    {
        var names = await sql.ListAsync("SELECT Id, Name FROM Playlists WHERE OwnerId = $u", r => (Id: r.GetInt64(0), Name: r.GetString(1)), ("$u", userId));
        if (names.Any(n => n.Id != exceptId && string.Equals(n.Name, name, StringComparison.CurrentCultureIgnoreCase)))
            throw new PlaylistException($"You already have a playlist called \u201c{name}\u201d.");
    }

    private async Task<long> InsertAsync(SqlSession sql, string userId, string name)
    {
        var now = Now();
        return await sql.ScalarAsync<long>("INSERT INTO Playlists (OwnerId, Name, CreatedAt, UpdatedAt) VALUES ($u, $n, $now, $now) RETURNING Id",
            ("$u", userId), ("$n", name), ("$now", now));
    }

    /// <summary>The playlist's name, after checking it is the user's.</summary>
    private static async Task<string> OwnedAsync(SqlSession sql, string userId, long playlistId) =>
        await sql.ScalarAsync<string>("SELECT Name FROM Playlists WHERE Id = $id AND OwnerId = $u", ("$id", playlistId), ("$u", userId))
        ?? throw new PlaylistNotFoundException(playlistId);

    private long Now() => clock.GetUtcNow().UtcTicks;

    private static DateTimeOffset Ticks(long ticks) => new(ticks, TimeSpan.Zero);
}

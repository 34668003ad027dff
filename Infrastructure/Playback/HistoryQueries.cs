using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Playback;

/// <summary>
/// A user's listening history, read from Listens. Only tracks a listener can see now count (see
/// <see cref="CatalogReader.Visible"/>); everything is per user.
///
/// What a listen stands for in "recently played": a listen started from a playlist is that playlist (while the
/// user still has it); one started from an album is that album; any other listen (a single track, the personal
/// queue, radio, an artist, genre or search list) is the track itself. So an album shows when it was played as
/// an album, and a track played on its own shows as that track, never as its album too.
/// </summary>
public sealed class HistoryQueries(IDbContextFactory<MediaSuiteDb> dbs, PlaylistService playlists)
{
    /// <summary>
    /// Listens read per step while looking for distinct items, newest first: a dozen albums are usually within the first
    /// step. A user who played one album all year still gets an answer quickly: after the last step (5,000 listens) the search stops.
    /// </summary>
    private static readonly int[] ScanSteps = [200, 800, 4000];

    private const string Performer = "(SELECT ta.ArtistId FROM TrackArtists ta WHERE ta.TrackId = t.Id AND ta.Role = 'Performer' ORDER BY ta.Position LIMIT 1)";

    /// <summary>Distinct tracks, albums and playlists, newest first by their latest listen.</summary>
    public async Task<IReadOnlyList<RecentItem>> RecentlyPlayedAsync(string userId, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var owned = (await reader.ListAsync("SELECT Id FROM Playlists WHERE OwnerId = $u", r => r.GetInt64(0), ("$u", userId))).ToHashSet();
        var found = new List<(RecentKind Kind, long Id, long At)>();
        var seen = new HashSet<(RecentKind, long)>();
        (long At, long Id)? after = null;
        for (var step = 0; step < ScanSteps.Length && found.Count < count; step++)
        {
            var rows = await reader.ListAsync(
                "SELECT ls.Id, ls.StartedAt, ls.TrackId, t.AlbumId, ls.ContextKind, ls.ContextId FROM Listens ls " +
                $"CROSS JOIN Tracks t ON t.Id = ls.TrackId {CatalogReader.Visible} WHERE ls.UserId = $u " +
                (after is null ? "" : "AND (ls.StartedAt, ls.Id) < ($at, $id) ") + "ORDER BY ls.StartedAt DESC, ls.Id DESC LIMIT $step",
                r => (Id: r.GetInt64(0), At: r.GetInt64(1), TrackId: r.GetInt64(2), AlbumId: r.GetInt64(3), Kind: CatalogReader.TextOrNull(r, 4), Context: CatalogReader.TextOrNull(r, 5)),
                ("$u", userId), ("$at", after?.At), ("$id", after?.Id), ("$step", ScanSteps[step]));
            foreach (var row in rows)
            {
                var key = row.Kind switch
                {
                    nameof(ContextKind.Playlist) when long.TryParse(row.Context, out var p) && owned.Contains(p) => (RecentKind.Playlist, p),
                    nameof(ContextKind.Album) => (RecentKind.Album, row.AlbumId),
                    _ => (RecentKind.Track, row.TrackId),
                };
                if (seen.Add(key)) found.Add((key.Item1, key.Item2, row.At));
                if (found.Count == count) break;
            }
            if (rows.Count < ScanSteps[step]) break;
            after = (rows[^1].At, rows[^1].Id);
        }
        // Counts and covers only when a playlist made it into the row.
        var described = found.Any(f => f.Kind == RecentKind.Playlist)
            ? (await playlists.ListAsync(userId, cancellationToken)).ToDictionary(p => p.Id)
            : [];
        return await DescribeAsync(reader, found, described);
    }

    /// <summary>Tracks that counted as played most often since <paramref name="since"/>; ties go to the more recent.</summary>
    public async Task<IReadOnlyList<PlayedTrack>> MostPlayedTracksAsync(string userId, DateTimeOffset since, int count, CancellationToken cancellationToken = default)
    {
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        return await TopAsync(count, candidates => reader.ListAsync(
            // The leaders are picked first and only they are checked for visibility and described: a month of listening
            // can hold thousands of different tracks, and a per-row lookup for each of them is most of the cost.
            $"SELECT t.Id, t.Title, t.ArtistText, {Performer}, t.AlbumId, a.Title, g.Plays, g.LastAt, t.HasEmbeddedPicture " +
            $"FROM ({PlaysPerTrack} ORDER BY Plays DESC, LastAt DESC, ls.TrackId LIMIT $candidates) g " +
            $"CROSS JOIN Tracks t ON t.Id = g.TrackId {CatalogReader.Visible} JOIN Albums a ON a.Id = t.AlbumId ORDER BY g.Plays DESC, g.LastAt DESC, t.Id LIMIT $n",
            r => new PlayedTrack(r.GetInt64(0), r.GetString(1), r.GetString(2), CatalogReader.LongOrNull(r, 3), r.GetInt64(4), r.GetString(5), r.GetInt32(6), At(r.GetInt64(7)),
                r.GetBoolean(8)),
            ("$u", userId), ("$since", since.UtcTicks), ("$n", count), ("$candidates", candidates)));
    }

    /// <summary>
    /// Albums by the plays of their tracks since <paramref name="since"/>, whatever they were played from. An album is
    /// listed while it has a track that can be played; the plays of all its tracks count.
    /// </summary>
    public async Task<IReadOnlyList<PlayedAlbum>> MostPlayedAlbumsAsync(string userId, DateTimeOffset since, int count, CancellationToken cancellationToken = default)
    {
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        return await TopAsync(count, candidates => reader.ListAsync(
            "SELECT a.Id, a.Title, a.AlbumArtistId, ar.Name, p.Plays, p.LastAt FROM (" +
            $"SELECT t.AlbumId, SUM(g.Plays) AS Plays, MAX(g.LastAt) AS LastAt FROM ({PlaysPerTrack}) g CROSS JOIN Tracks t ON t.Id = g.TrackId " +
            "GROUP BY t.AlbumId ORDER BY Plays DESC, LastAt DESC, t.AlbumId LIMIT $candidates) p " +
            $"JOIN Albums a ON a.Id = p.AlbumId JOIN Artists ar ON ar.Id = a.AlbumArtistId WHERE (SELECT 1 FROM Tracks t {CatalogReader.Visible} WHERE t.AlbumId = a.Id LIMIT 1) IS NOT NULL " +
            "ORDER BY p.Plays DESC, p.LastAt DESC, a.Id LIMIT $n",
            r => new PlayedAlbum(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetInt32(4), At(r.GetInt64(5))),
            ("$u", userId), ("$since", since.UtcTicks), ("$n", count), ("$candidates", candidates)));
    }

    /// <summary>
    /// Runs <paramref name="query"/> over the leading few candidates; when hidden items leave the row short, once more over
    /// all of them (a library disabled or files gone: rare, and then correct rather than quick).
    /// </summary>
    private static async Task<IReadOnlyList<T>> TopAsync<T>(int count, Func<int, Task<List<T>>> query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var candidates = count * 4;
        var rows = await query(candidates);
        return rows.Count < count ? await query(int.MaxValue) : rows;
    }

    /// <summary>Grouped before any join, so each track is looked up once rather than once per listen.</summary>
    private const string PlaysPerTrack =
        "SELECT ls.TrackId, COUNT(*) AS Plays, MAX(ls.StartedAt) AS LastAt FROM Listens ls WHERE ls.UserId = $u AND ls.StartedAt >= $since AND ls.CountsAsPlay = 1 GROUP BY ls.TrackId";

    private static async Task<IReadOnlyList<RecentItem>> DescribeAsync(CatalogReader reader, List<(RecentKind Kind, long Id, long At)> found,
        Dictionary<long, PlaylistSummary> owned)
    {
        var ids = (RecentKind kind) => CatalogReader.Ids(found.Where(f => f.Kind == kind).Select(f => f.Id));
        var tracks = (await reader.ListAsync(
            $"SELECT t.Id, t.Title, t.ArtistText, {Performer}, t.AlbumId, t.HasEmbeddedPicture FROM json_each($ids) j CROSS JOIN Tracks t ON t.Id = j.value",
            r => (Id: r.GetInt64(0), Title: r.GetString(1), Artist: r.GetString(2), ArtistId: CatalogReader.LongOrNull(r, 3), AlbumId: r.GetInt64(4), Picture: r.GetBoolean(5)),
            ("$ids", ids(RecentKind.Track)))).ToDictionary(t => t.Id);
        var albums = (await reader.ListAsync(
            "SELECT a.Id, a.Title, a.AlbumArtistId, ar.Name FROM json_each($ids) j CROSS JOIN Albums a ON a.Id = j.value JOIN Artists ar ON ar.Id = a.AlbumArtistId",
            r => (Id: r.GetInt64(0), Title: r.GetString(1), ArtistId: r.GetInt64(2), Artist: r.GetString(3)),
            ("$ids", ids(RecentKind.Album)))).ToDictionary(a => a.Id);

        var items = new List<RecentItem>(found.Count);
        foreach (var (kind, id, at) in found)
        {
            RecentItem? item = kind switch
            {
                RecentKind.Track when tracks.TryGetValue(id, out var t) => new(kind, id, t.Title, t.Artist, t.ArtistId, t.AlbumId, At(at), HasPicture: t.Picture),
                RecentKind.Album when albums.TryGetValue(id, out var a) => new(kind, id, a.Title, a.Artist, a.ArtistId, id, At(at)),
                RecentKind.Playlist when owned.TryGetValue(id, out var p) =>
                    new(kind, id, p.Name, p.TrackCount == 1 ? "Playlist · 1 track" : $"Playlist · {p.TrackCount} tracks", null, null, At(at), p.CoverTrackId),
                _ => null,
            };
            if (item is not null) items.Add(item);
        }
        return items;
    }

    private static DateTimeOffset At(long ticks) => new(ticks, TimeSpan.Zero);
}

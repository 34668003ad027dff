using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Music;

/// <summary>
/// The only path the music pages read the catalogue by. Everything shown comes from tracks in
/// Present files of enabled libraries; an album or artist with no such track is not listed.
/// Long lists page by keyset (see <see cref="Keyset"/>), never by OFFSET.
/// </summary>
public sealed partial class MusicQueries(IDbContextFactory<MediaSuiteDb> dbs)
{
    public const int MaxPageSize = 500;

    /// <summary>
    /// The most tracks one "play the artist / genre" context holds. The queue stores a context whole and saves it on
    /// every change; 10,000 tracks is weeks of music and keeps that save well under a megabyte.
    /// </summary>
    public const int MaxContextTracks = 10_000;
    private const int MoreByAlbumArtistCount = 6;

    private const string AlbumHasVisibleTrack = CatalogReader.AlbumHasVisibleTrack;
    private const string NewestFirst = "COALESCE(a.Year, 0) DESC, a.AddedAt DESC, a.Id DESC";

    private volatile GenreList? _genres;

    public async Task<Page<AlbumItem>> AlbumsAsync(AlbumSort sort, bool descending, string? after, int count, CancellationToken cancellationToken = default)
    {
        CheckCount(count);
        var keyset = sort switch
        {
            AlbumSort.Name => new Keyset("albums", "name", descending, "a.Id", new SortKey("a.Title", true)),
            AlbumSort.Artist => new Keyset("albums", "artist", descending, "a.Id", new SortKey("ar.Name", true), new SortKey("COALESCE(a.Year, 0)", false), new SortKey("a.Title", true)),
            AlbumSort.Year => new Keyset("albums", "year", descending, "a.Id", new SortKey("COALESCE(a.Year, 0)", false), new SortKey("a.Title", true)),
            AlbumSort.RecentlyAdded => new Keyset("albums", "added", descending, "a.Id", new SortKey("a.AddedAt", false)),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "There is no such album order."),
        };
        var (afterSql, afterParameters) = keyset.After(after);
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var (items, next) = await AlbumItemsAsync(reader, afterSql, keyset.OrderBy, count, keyset, afterParameters);
        return new Page<AlbumItem>(items, next);
    }

    /// <summary>Null when there is no such album or none of its tracks can be seen.</summary>
    public async Task<AlbumPage?> AlbumAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var (albums, _) = await AlbumItemsAsync(reader, "a.Id = $id", "a.Id", 1, null, ("$id", id));
        if (albums.Count == 0) return null;
        var album = albums[0];

        var rows = await reader.ListAsync(
            $"SELECT t.Id, COALESCE(t.DiscNumber, 1), t.TrackNumber, t.Title, t.ArtistText, t.DurationMs, t.Codec, t.Lossless, t.Genres FROM Tracks t {CatalogReader.Visible} " +
            "WHERE t.AlbumId = $id ORDER BY COALESCE(t.DiscNumber, 1), t.TrackNumber IS NULL, t.TrackNumber, t.Title COLLATE NOCASE, t.Id",
            r => (Track: new AlbumTrack(r.GetInt64(0), r.GetInt32(1), CatalogReader.IntOrNull(r, 2), r.GetString(3), r.GetString(4),
                CatalogReader.LongOrNull(r, 5), CatalogReader.TextOrNull(r, 6), r.GetBoolean(7)), Genres: CatalogReader.TextOrNull(r, 8)),
            ("$id", id));
        var tracks = rows.Select(r => r.Track).ToList();
        var genres = rows.SelectMany(r => GenreText.Split(r.Genres)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

        var (more, _) = await AlbumItemsAsync(reader, "a.AlbumArtistId = $artist AND a.Id <> $id", NewestFirst, MoreByAlbumArtistCount, null,
            ("$artist", album.AlbumArtistId), ("$id", id));
        return new AlbumPage(album, new ArtistRef(album.AlbumArtistId, album.AlbumArtistName), tracks, tracks.Select(t => t.Disc).Distinct().Count(),
            tracks.Sum(t => t.DurationMs ?? 0), album.Year, genres, more);
    }

    /// <summary>
    /// Albums matching <paramref name="condition"/> (over "a" = Albums, "ar" = its album artist) that have a visible
    /// track, in order, then their visible track counts and durations for just that page. With a keyset, one row
    /// past <paramref name="limit"/> is read to know whether there is a next page.
    /// </summary>
    private static async Task<(List<AlbumItem> Items, string? Next)> AlbumItemsAsync(CatalogReader reader, string condition, string orderBy, int limit,
        Keyset? keyset, params (string Name, object? Value)[] parameters)
    {
        var read = 0;
        var rows = await reader.ListAsync(
            $"SELECT a.Id, a.Title, a.AlbumArtistId, ar.Name, a.Year, a.CoverPath IS NOT NULL OR a.CoverTrackId IS NOT NULL{(keyset is null ? "" : ", " + keyset.Columns)} " +
            $"FROM Albums a JOIN Artists ar ON ar.Id = a.AlbumArtistId WHERE {AlbumHasVisibleTrack} AND {condition} ORDER BY {orderBy} LIMIT $limit",
            r => (Item: new AlbumItem(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), CatalogReader.IntOrNull(r, 4), 0, 0, r.GetBoolean(5)),
                Cursor: keyset is not null && ++read == limit ? keyset.CursorOf(r, 6) : null),
            [.. parameters, ("$limit", keyset is null ? limit : limit + 1)]);
        var next = rows.Count > limit ? rows[limit - 1].Cursor : null;
        var page = rows.Take(limit).Select(r => r.Item).ToList();
        if (page.Count == 0) return (page, null);

        var totals = (await reader.ListAsync(
            // Driven from the page's ids (CROSS JOIN keeps that order), so only these albums' tracks are read.
            $"SELECT t.AlbumId, COUNT(*), COALESCE(SUM(t.DurationMs), 0) FROM json_each($ids) j CROSS JOIN Tracks t ON t.AlbumId = j.value {CatalogReader.Visible} " +
            "GROUP BY t.AlbumId",
            r => (Id: r.GetInt64(0), Count: r.GetInt32(1), Duration: r.GetInt64(2)),
            ("$ids", CatalogReader.Ids(page.Select(a => a.Id))))).ToDictionary(t => t.Id);
        return (page.Select(a => a with { TrackCount = totals[a.Id].Count, TotalDurationMs = totals[a.Id].Duration }).ToList(), next);
    }

    private static void CheckCount(int count)
    {
        if (count is < 1 or > MaxPageSize) throw new ArgumentOutOfRangeException(nameof(count), count, $"A page holds 1 to {MaxPageSize} items.");
    }
}

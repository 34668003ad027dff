using System.Data.Common;
using MediaSuite.Domain.Music;

namespace MediaSuite.Infrastructure.Music;

public sealed partial class MusicQueries
{
    private const string TrackColumns =
        "t.Id, t.Title, t.ArtistText, t.AlbumId, al.Title, t.DiscNumber, t.TrackNumber, t.Year, t.DurationMs, t.Codec, t.Lossless";

    private const string TrackSource = $"FROM Tracks t {CatalogReader.Visible} JOIN Albums al ON al.Id = t.AlbumId";

    /// <summary>For the album order: walk albums by title and their tracks in order (CROSS JOIN keeps albums outside); from tracks it is a sort of the catalogue.</summary>
    private const string AlbumFirstSource = $"FROM Albums al CROSS JOIN Tracks t ON t.AlbumId = al.Id {CatalogReader.Visible}";

    public Task<Page<TrackItem>> TracksAsync(TrackSort sort, bool descending, string? after, int count, CancellationToken cancellationToken = default) =>
        TrackPageAsync("tracks", "1", [], sort, descending, after, count, cancellationToken);

    /// <summary>Tracks carrying <paramref name="genre"/> among their genres, compared as <see cref="GenresAsync"/> merges them.</summary>
    public Task<Page<TrackItem>> GenreTracksAsync(string genre, TrackSort sort, bool descending, string? after, int count, CancellationToken cancellationToken = default) =>
        TrackPageAsync("genre-tracks", $"{CatalogReader.GenreHas}(t.Genres, $genre)", [("$genre", genre)], sort, descending, after, count, cancellationToken);

    /// <summary>A genre's tracks to play, in the order <see cref="GenreTracksAsync"/> lists them, at most <see cref="MaxContextTracks"/>.</summary>
    public Task<IReadOnlyList<long>> GenreTrackIdsAsync(string genre, TrackSort sort, bool descending, CancellationToken cancellationToken = default) =>
        TrackIdsAsync($"{CatalogReader.GenreHas}(t.Genres, $genre)", [("$genre", genre)], sort, descending, MaxContextTracks, cancellationToken);

    /// <summary>
    /// Every genre named by a visible track, names merged case-insensitively (the first spelling in binary order wins), by name.
    /// Counting reads every track, so the list is kept until a scan ends or a library is enabled, disabled, added or removed.
    /// </summary>
    public async Task<IReadOnlyList<GenreItem>> GenresAsync(CancellationToken cancellationToken = default)
    {
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var version = (await reader.ListAsync(
            "SELECT COALESCE(group_concat(Id || ':' || Enabled || ':' || COALESCE(LastScanAt, 0), ','), '') FROM Libraries", r => r.GetString(0)))[0];
        if (_genres is { } known && known.Version == version) return known.Items;

        // Distinct genre texts are few even in a large catalogue, so the split happens here rather than in SQL.
        var texts = await reader.ListAsync(
            $"SELECT t.Genres, COUNT(*) FROM Tracks t {CatalogReader.Visible} WHERE t.Genres IS NOT NULL GROUP BY t.Genres ORDER BY t.Genres",
            r => (Text: r.GetString(0), Count: r.GetInt32(1)));
        var counts = new Dictionary<string, GenreItem>(StringComparer.OrdinalIgnoreCase);
        foreach (var (text, count) in texts)
        {
            foreach (var name in GenreText.Split(text))
                counts[name] = counts.TryGetValue(name, out var seen) ? seen with { TrackCount = seen.TrackCount + count } : new GenreItem(name, count);
        }
        var items = counts.Values.OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        _genres = new GenreList(version, items);
        return items;
    }

    private sealed record GenreList(string Version, IReadOnlyList<GenreItem> Items);

    private async Task<Page<TrackItem>> TrackPageAsync(string list, string condition, (string Name, object? Value)[] conditionParameters,
        TrackSort sort, bool descending, string? after, int count, CancellationToken cancellationToken, string? source = null)
    {
        CheckCount(count);
        source ??= sort == TrackSort.Album ? AlbumFirstSource : TrackSource;
        var keyset = TrackKeyset(list, sort, descending);
        var (afterSql, afterParameters) = keyset.After(after);

        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var read = 0;
        var rows = await reader.ListAsync(
            $"SELECT {TrackColumns}, {keyset.Columns} {source} WHERE {condition} AND {afterSql} ORDER BY {keyset.OrderBy} LIMIT $limit",
            r => (Item: ReadTrack(r), Cursor: ++read == count ? keyset.CursorOf(r, 11) : null),
            [.. conditionParameters, .. afterParameters, ("$limit", count + 1)]);
        return new Page<TrackItem>(rows.Take(count).Select(r => r.Item).ToList(), rows.Count > count ? rows[count - 1].Cursor : null);
    }

    /// <summary>The ids of the first <paramref name="limit"/> tracks of a list, in exactly the order its pages show them: a context to play.</summary>
    private async Task<IReadOnlyList<long>> TrackIdsAsync(string condition, (string Name, object? Value)[] conditionParameters,
        TrackSort sort, bool descending, int limit, CancellationToken cancellationToken)
    {
        var keyset = TrackKeyset("ids", sort, descending);
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        return await reader.ListAsync(
            $"SELECT t.Id {(sort == TrackSort.Album ? AlbumFirstSource : TrackSource)} WHERE {condition} ORDER BY {keyset.OrderBy} LIMIT $limit", r => r.GetInt64(0),
            [.. conditionParameters, ("$limit", limit)]);
    }

    private static Keyset TrackKeyset(string list, TrackSort sort, bool descending)
    {
        SortKey[] albumOrder = [new("COALESCE(t.DiscNumber, 1)", false), new("COALESCE(t.TrackNumber, 0)", false)];
        var keys = sort switch
        {
            TrackSort.Title => [new SortKey("t.Title", true)],
            // Every order below is one of Tracks' own indexes (see the BrowseOrder migration), so a page is an index walk, not a sort.
            TrackSort.Artist => [new SortKey("t.ArtistText", true), new SortKey("COALESCE(t.Year, 0)", false), new SortKey("t.AlbumId", false), .. albumOrder],
            TrackSort.Album => [new SortKey("al.Title", true), new SortKey("t.AlbumId", false), .. albumOrder],
            TrackSort.Year => [new SortKey("COALESCE(t.Year, 0)", false), new SortKey("t.AlbumId", false), .. albumOrder],
            TrackSort.Duration => [new SortKey("COALESCE(t.DurationMs, 0)", false)],
            // Track ids are file ids, handed out in the order files were first found (a moved file keeps its own).
            TrackSort.RecentlyAdded => new SortKey[] { },
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "There is no such track order."),
        };
        return new Keyset(list, sort.ToString().ToLowerInvariant(), descending, "t.Id", keys);
    }

    private static TrackItem ReadTrack(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetString(4), CatalogReader.IntOrNull(r, 5), CatalogReader.IntOrNull(r, 6),
        CatalogReader.IntOrNull(r, 7), CatalogReader.LongOrNull(r, 8), CatalogReader.TextOrNull(r, 9), r.GetBoolean(10));
}

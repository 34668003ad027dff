namespace MediaSuite.Infrastructure.Music;

public sealed partial class MusicQueries
{
    private const int MaxAlbumsPerArtist = 1000;
    private const int MaxAppearsOn = 500;

    private const string ArtistHasVisibleTrack = CatalogReader.ArtistHasVisibleTrack;

    /// <summary>Artists by name (case-insensitive), each with a visible track as performer or album artist.</summary>
    public async Task<Page<ArtistItem>> ArtistsAsync(bool descending, string? after, int count, CancellationToken cancellationToken = default)
    {
        CheckCount(count);
        var keyset = new Keyset("artists", "name", descending, "ar.Id", new SortKey("ar.Name", true));
        var (afterSql, afterParameters) = keyset.After(after);
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var (items, next) = await ArtistItemsAsync(reader, afterSql, keyset, count, afterParameters);
        return new Page<ArtistItem>(items, next);
    }

    /// <summary>
    /// Their albums as album artist (newest first) and the tracks they perform on other artists' albums.
    /// Null when there is no such artist or nothing of theirs can be seen.
    /// </summary>
    public async Task<ArtistPage?> ArtistAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var (artists, _) = await ArtistItemsAsync(reader, "ar.Id = $id", null, 1, ("$id", id));
        if (artists.Count == 0) return null;
        var musicBrainzId = (await reader.ListAsync("SELECT MusicBrainzId FROM Artists WHERE Id = $id", r => CatalogReader.TextOrNull(r, 0), ("$id", id)))[0];
        var (albums, _) = await AlbumItemsAsync(reader, "a.AlbumArtistId = $id", NewestFirst, MaxAlbumsPerArtist, null, ("$id", id));
        var appearsOn = await reader.ListAsync(
            // From the artist's links outward, so only their tracks are visited.
            $"SELECT {TrackColumns} FROM TrackArtists ta CROSS JOIN Tracks t ON t.Id = ta.TrackId {CatalogReader.Visible} JOIN Albums al ON al.Id = t.AlbumId " +
            "WHERE ta.ArtistId = $id AND ta.Role = 'Performer' AND al.AlbumArtistId <> $id " +
            "ORDER BY COALESCE(al.Year, 0) DESC, al.AddedAt DESC, al.Id DESC, COALESCE(t.DiscNumber, 1), COALESCE(t.TrackNumber, 0), t.Id LIMIT $limit",
            ReadTrack, ("$id", id), ("$limit", MaxAppearsOn));
        return new ArtistPage(artists[0], musicBrainzId, albums, appearsOn);
    }

    /// <summary>
    /// The artist's tracks to play: those they perform on or that sit on their albums, album by album (oldest year first),
    /// each album in disc and track order; at most <see cref="MaxContextTracks"/>.
    /// </summary>
    public async Task<IReadOnlyList<long>> ArtistTrackIdsAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        return await reader.ListAsync(
            $"SELECT DISTINCT t.Id, COALESCE(al.Year, 0) AS y, al.Title COLLATE NOCASE AS at, al.Id AS ai, COALESCE(t.DiscNumber, 1) AS d, t.TrackNumber IS NULL AS nn, t.TrackNumber AS n, " +
            $"t.Title COLLATE NOCASE AS tt FROM TrackArtists ta CROSS JOIN Tracks t ON t.Id = ta.TrackId {CatalogReader.Visible} JOIN Albums al ON al.Id = t.AlbumId " +
            "WHERE ta.ArtistId = $id ORDER BY y, at, ai, d, nn, n, tt, t.Id LIMIT $limit",
            r => r.GetInt64(0), ("$id", id), ("$limit", MaxContextTracks));
    }

    private static async Task<(List<ArtistItem> Items, string? Next)> ArtistItemsAsync(CatalogReader reader, string condition, Keyset? keyset, int limit,
        params (string Name, object? Value)[] parameters)
    {
        var read = 0;
        var rows = await reader.ListAsync(
            $"SELECT ar.Id, ar.Name{(keyset is null ? "" : ", " + keyset.Columns)} FROM Artists ar WHERE {ArtistHasVisibleTrack} AND {condition} " +
            $"{(keyset is null ? "" : "ORDER BY " + keyset.OrderBy)} LIMIT $limit",
            r => (Id: r.GetInt64(0), Name: r.GetString(1), Cursor: keyset is not null && ++read == limit ? keyset.CursorOf(r, 2) : null),
            [.. parameters, ("$limit", keyset is null ? limit : limit + 1)]);
        var next = rows.Count > limit ? rows[limit - 1].Cursor : null;
        var page = rows.Take(limit).ToList();
        if (page.Count == 0) return ([], null);

        var ids = ("$ids", (object?)CatalogReader.Ids(page.Select(a => a.Id)));
        var albums = (await reader.ListAsync(
            $"SELECT a.AlbumArtistId, COUNT(*) FROM json_each($ids) j CROSS JOIN Albums a ON a.AlbumArtistId = j.value WHERE {AlbumHasVisibleTrack} GROUP BY a.AlbumArtistId",
            r => (Id: r.GetInt64(0), Count: r.GetInt32(1)), ids)).ToDictionary(a => a.Id, a => a.Count);
        var tracks = (await reader.ListAsync(
            $"SELECT ta.ArtistId, COUNT(DISTINCT ta.TrackId) FROM json_each($ids) j CROSS JOIN TrackArtists ta ON ta.ArtistId = j.value " +
            $"CROSS JOIN Tracks t ON t.Id = ta.TrackId {CatalogReader.Visible} GROUP BY ta.ArtistId",
            r => (Id: r.GetInt64(0), Count: r.GetInt32(1)), ids)).ToDictionary(a => a.Id, a => a.Count);
        return (page.Select(a => new ArtistItem(a.Id, a.Name, albums.GetValueOrDefault(a.Id), tracks.GetValueOrDefault(a.Id))).ToList(), next);
    }
}

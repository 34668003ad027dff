using System.Globalization;
using MediaSuite.Domain.Artwork;

namespace MediaSuite.Infrastructure.Music;

/// <summary>
/// What the player bar and the queue panel show of a track. <see cref="ArtistId"/> is the first
/// performer (the album artist when the tags name none); <see cref="CoverUrl"/> is the album's cover
/// at <see cref="MusicQueries.SummaryCoverSize"/> px, unversioned so the list needs no cover lookups.
/// </summary>
public sealed record TrackSummary(
    long Id, string Title, string ArtistText, long ArtistId, long AlbumId, string AlbumTitle, long AlbumArtistId, long? DurationMs, string CoverUrl);

public sealed partial class MusicQueries
{
    /// <summary>Square thumbnails of queue rows: 48 CSS px on a 2× screen.</summary>
    public const int SummaryCoverSize = 96;

    /// <summary>
    /// Summaries of the given tracks by id. A queue may hold tracks whose library has since been
    /// disabled, so these are not limited to visible tracks; ids with no track are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, TrackSummary>> TrackSummariesAsync(IEnumerable<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Distinct().ToList();
        if (distinct.Count == 0) return new Dictionary<long, TrackSummary>();
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var rows = await reader.ListAsync(
            "SELECT t.Id, t.Title, t.ArtistText, COALESCE((SELECT ta.ArtistId FROM TrackArtists ta WHERE ta.TrackId = t.Id AND ta.Role = 'Performer' " +
            "ORDER BY ta.Position LIMIT 1), al.AlbumArtistId), t.AlbumId, al.Title, al.AlbumArtistId, t.DurationMs " +
            "FROM json_each($ids) j CROSS JOIN Tracks t ON t.Id = j.value JOIN Albums al ON al.Id = t.AlbumId",
            r => new TrackSummary(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetString(5), r.GetInt64(6),
                CatalogReader.LongOrNull(r, 7), AlbumThumbnail(r.GetInt64(4))),
            ("$ids", CatalogReader.Ids(distinct)));
        return rows.ToDictionary(r => r.Id);
    }

    private static string AlbumThumbnail(long albumId) => string.Create(CultureInfo.InvariantCulture,
        $"{CoverUrls.Prefix}/{CoverKind.Album.Slug()}/{albumId}?w={SummaryCoverSize}&h={SummaryCoverSize}&mode=crop");
}

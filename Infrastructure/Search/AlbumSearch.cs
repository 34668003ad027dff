using System.Globalization;
using MediaSuite.Domain.Artwork;
using MediaSuite.Domain.Search;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Infrastructure.Search;

/// <summary>Albums by title and album artist, with at least one track a listener can see, each with its cover.</summary>
internal sealed class AlbumSearch(CoverArtService covers) : ISearchSource
{
    private const string Columns = "a.Id, a.Title, ar.Id, ar.Name, a.Year";
    private const string Visible = CatalogReader.AlbumHasVisibleTrack;

    private const string Leading =
        $"SELECT {Columns} FROM Albums a INDEXED BY IX_Albums_Title_NoCase CROSS JOIN Artists ar ON ar.Id = a.AlbumArtistId " +
        $"WHERE a.Title >= $low COLLATE NOCASE AND a.Title < $high COLLATE NOCASE AND {Visible} ORDER BY a.Title COLLATE NOCASE, a.Id LIMIT $limit";

    private const string Ranked =
        $"SELECT {Columns} FROM SearchAlbums s CROSS JOIN Albums a ON a.Id = s.rowid CROSS JOIN Artists ar ON ar.Id = a.AlbumArtistId " +
        $"WHERE SearchAlbums MATCH $match AND s.rank MATCH 'bm25(4.0, 1.0)' AND s.rowid >= $floor AND {Visible} ORDER BY s.rank LIMIT $limit";

    public async Task<SearchGroup> SearchAsync(CatalogReader reader, SearchQuery query, SearchDepth depth)
    {
        var found = await SearchSql.FindAsync(reader, query, depth == SearchDepth.Preview ? 6 : 24, "SearchAlbums", Leading, Ranked,
            r => new SearchHit(SearchKind.Album, r.GetInt64(0), r.GetString(1))
            {
                ParentId = r.GetInt64(2), Subtitle = r.GetString(3), Detail = CatalogReader.IntOrNull(r, 4)?.ToString(CultureInfo.InvariantCulture),
            });
        var urls = await covers.AlbumUrlsAsync(found.Select(h => h.Id).ToList(), CoverSizes.Card);
        return new SearchGroup(SearchKind.Album, "Albums", found.Select(h => h with { ImageUrl = urls.GetValueOrDefault(h.Id) }).ToList(), Playable: false);
    }
}

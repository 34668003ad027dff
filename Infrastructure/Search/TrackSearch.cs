using MediaSuite.Domain.Search;
using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Infrastructure.Search;

/// <summary>Tracks in Present files of enabled libraries, by title, artists and album title; choosing one plays it.</summary>
internal sealed class TrackSearch : ISearchSource
{
    private const string Columns = "t.Id, t.Title, t.ArtistText, t.AlbumId, al.Title, t.DurationMs";

    private const string Leading =
        $"SELECT {Columns} FROM Tracks t INDEXED BY IX_Tracks_Title_NoCase {CatalogReader.Visible} CROSS JOIN Albums al ON al.Id = t.AlbumId " +
        "WHERE t.Title >= $low COLLATE NOCASE AND t.Title < $high COLLATE NOCASE ORDER BY t.Title COLLATE NOCASE, t.Id LIMIT $limit";

    private const string Ranked =
        $"SELECT {Columns} FROM SearchTracks s CROSS JOIN Tracks t ON t.Id = s.rowid {CatalogReader.Visible} CROSS JOIN Albums al ON al.Id = t.AlbumId " +
        "WHERE SearchTracks MATCH $match AND s.rank MATCH 'bm25(4.0, 2.0, 1.0)' AND s.rowid >= $floor ORDER BY s.rank LIMIT $limit";

    public async Task<SearchGroup> SearchAsync(CatalogReader reader, SearchQuery query, SearchDepth depth)
    {
        var hits = await SearchSql.FindAsync(reader, query, depth == SearchDepth.Preview ? 10 : 100, "SearchTracks", Leading, Ranked,
            r => new SearchHit(SearchKind.Track, r.GetInt64(0), r.GetString(1))
            {
                Subtitle = r.GetString(2), ParentId = r.GetInt64(3), Detail = r.GetString(4), DurationMs = CatalogReader.LongOrNull(r, 5),
            });
        return new SearchGroup(SearchKind.Track, "Tracks", hits, Playable: true);
    }
}

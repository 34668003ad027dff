using MediaSuite.Domain.Search;
using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Infrastructure.Search;

/// <summary>Artists by name, with at least one track a listener can see (as performer or album artist).</summary>
internal sealed class ArtistSearch : ISearchSource
{
    private const string Visible = CatalogReader.ArtistHasVisibleTrack;

    private const string Leading =
        $"SELECT ar.Id, ar.Name FROM Artists ar INDEXED BY IX_Artists_Name_NoCase WHERE ar.Name >= $low COLLATE NOCASE AND ar.Name < $high COLLATE NOCASE AND {Visible} " +
        "ORDER BY ar.Name COLLATE NOCASE, ar.Id LIMIT $limit";

    private const string Ranked =
        "SELECT ar.Id, ar.Name FROM SearchArtists s CROSS JOIN Artists ar ON ar.Id = s.rowid " +
        $"WHERE SearchArtists MATCH $match AND s.rowid >= $floor AND {Visible} ORDER BY s.rank LIMIT $limit";

    public async Task<SearchGroup> SearchAsync(CatalogReader reader, SearchQuery query, SearchDepth depth)
    {
        var hits = await SearchSql.FindAsync(reader, query, depth == SearchDepth.Preview ? 5 : 20, "SearchArtists", Leading, Ranked,
            r => new SearchHit(SearchKind.Artist, r.GetInt64(0), r.GetString(1)));
        return new SearchGroup(SearchKind.Artist, "Artists", hits, Playable: false);
    }
}

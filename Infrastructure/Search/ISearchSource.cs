using MediaSuite.Domain.Search;
using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Infrastructure.Search;

/// <summary>
/// One group of the search results (artists, albums, tracks; later videos, photos): it queries its own
/// FTS5 table and returns only what listeners may see, best first.
/// </summary>
internal interface ISearchSource
{
    Task<SearchGroup> SearchAsync(CatalogReader reader, SearchQuery query, SearchDepth depth);
}

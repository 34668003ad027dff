using MediaSuite.Domain.Search;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Search;

/// <summary>
/// The one search box's service: the text becomes a safe FTS5 query (<see cref="SearchQuery"/>), each
/// source returns its group from its own index table, on one short-lived connection. Only what a
/// listener can see is returned: tracks in Present files of enabled libraries, and the albums and
/// artists that have such tracks.
/// </summary>
public sealed class SearchService
{
    private readonly IDbContextFactory<MediaSuiteDb> _dbs;
    private readonly IReadOnlyList<ISearchSource> _sources;

    internal SearchService(IDbContextFactory<MediaSuiteDb> dbs, IReadOnlyList<ISearchSource> sources)
    {
        _dbs = dbs;
        _sources = sources;
    }

    /// <summary><see cref="SearchResults.None"/> when the text holds nothing to search for (empty, spaces, punctuation).</summary>
    public async Task<SearchResults> SearchAsync(string? text, SearchDepth depth = SearchDepth.Preview, CancellationToken cancellationToken = default)
    {
        if (SearchQuery.Parse(text) is not { } query) return SearchResults.None;
        await using var reader = await CatalogReader.OpenAsync(_dbs, cancellationToken);
        var groups = new List<SearchGroup>(_sources.Count);
        foreach (var source in _sources)
        {
            var group = await source.SearchAsync(reader, query, depth);
            if (group.Items.Count > 0) groups.Add(group);
        }
        return new SearchResults(query.Text, groups);
    }
}

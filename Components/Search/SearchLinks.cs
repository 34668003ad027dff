using System.Collections.Immutable;
using MediaSuite.Components.Music;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Search;

namespace MediaSuite.Components.Search;

/// <summary>Where search results lead: the pages of artists and albums, the results page, and what plays.</summary>
public static class SearchLinks
{
    public const string ResultsPage = "/search";

    public static string Results(string query) => $"{ResultsPage}?q={Uri.EscapeDataString(query)}";

    /// <summary>The page a result opens; null for what plays instead (tracks).</summary>
    public static string? PageOf(SearchHit hit) => hit.Kind switch
    {
        SearchKind.Artist => MusicLinks.Artist(hit.Id),
        SearchKind.Album => MusicLinks.Album(hit.Id),
        _ => null,
    };

    /// <summary>The result tracks as a playback context named after the query, so the queue shows where they came from.</summary>
    public static PlaybackContext Context(string query, SearchGroup tracks) =>
        new(ContextKind.Search, query, query, tracks.Items.Select(h => h.Id).ToImmutableArray());

    /// <summary>"3:07"; "1:02:03" past an hour; empty when unknown.</summary>
    public static string Duration(long? milliseconds)
    {
        return milliseconds is null ? "" : MusicFormat.TrackDuration(milliseconds);
    }
}

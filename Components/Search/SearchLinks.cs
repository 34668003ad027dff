using System.Collections.Immutable;
using System.Globalization;
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
        SearchKind.Artist => Artist(hit.Id),
        SearchKind.Album => Album(hit.Id),
        _ => null,
    };

    public static string Artist(long id) => "/music/artists/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Album(long id) => "/music/albums/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The result tracks as a playback context named after the query, so the queue shows where they came from.</summary>
    public static PlaybackContext Context(string query, SearchGroup tracks) =>
        new(ContextKind.Search, query, query, tracks.Items.Select(h => h.Id).ToImmutableArray());

    /// <summary>"3:07"; "1:02:03" past an hour; empty when unknown.</summary>
    public static string Duration(long? milliseconds)
    {
        if (milliseconds is not { } ms) return "";
        var time = TimeSpan.FromMilliseconds(ms);
        return time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}

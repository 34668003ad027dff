using System.Globalization;

namespace MediaSuite.Components.Music;

/// <summary>The addresses of the music pages, in one place.</summary>
public static class MusicLinks
{
    public const string Albums = "/music";
    public const string Artists = "/music/artists";
    public const string Tracks = "/music/tracks";
    public const string Genres = "/music/genres";
    public const string Favourites = "/music/favourites";
    public const string Playlists = "/music/playlists";

    public static string Album(long id) => "/music/albums/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Artist(long id) => "/music/artists/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Genre(string name) => "/music/genres/" + Uri.EscapeDataString(name);

    public static string Playlist(long id) => Playlists + "/" + id.ToString(CultureInfo.InvariantCulture);

    public static string PlaylistFile(long id) => "/api/playlists/" + id.ToString(CultureInfo.InvariantCulture) + ".m3u8";
}

using System.Globalization;

namespace MediaSuite.Components.Music;

/// <summary>The music pages' addresses, in one place for every link.</summary>
public static class MusicRoutes
{
    public const string Playlists = "/music/playlists";

    public static string Album(long id) => "/music/albums/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Artist(long id) => "/music/artists/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Playlist(long id) => Playlists + "/" + id.ToString(CultureInfo.InvariantCulture);

    public static string PlaylistFile(long id) => "/api/playlists/" + id.ToString(CultureInfo.InvariantCulture) + ".m3u8";
}

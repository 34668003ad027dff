using System.Collections.Immutable;
using System.Globalization;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Components.Music;

/// <summary>The playback contexts the music pages start, so an album started from a card and from its page is the same context.</summary>
public static class MusicContexts
{
    public static PlaybackContext Album(AlbumPage album) =>
        new(ContextKind.Album, Id(album.Album.Id), album.Album.Title, [.. album.Tracks.Select(t => t.Id)]);

    public static PlaybackContext Artist(ArtistRef artist, IEnumerable<long> trackIds) =>
        new(ContextKind.Artist, Id(artist.Id), artist.Name, [.. trackIds]);

    public static PlaybackContext Genre(string name, IEnumerable<long> trackIds) => new(ContextKind.Genre, name, name, [.. trackIds]);

    /// <summary>
    /// A single track played from a list that is no context of its own (all tracks, favourites): its album, from it.
    /// If the album changed since the row was read, the track alone stands for its album.
    /// </summary>
    public static (PlaybackContext Context, int Index) AlbumFrom(AlbumPage? album, long trackId, long albumId, string albumTitle)
    {
        var index = album?.Tracks.Select(t => t.Id).ToList().IndexOf(trackId) ?? -1;
        return album is not null && index >= 0
            ? (Album(album), index)
            : (new PlaybackContext(ContextKind.Album, Id(albumId), albumTitle, [trackId]), 0);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

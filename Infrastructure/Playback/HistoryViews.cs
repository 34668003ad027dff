using MediaSuite.Domain.Playback;

namespace MediaSuite.Infrastructure.Playback;

public enum RecentKind
{
    Track,
    Album,
    Playlist,
}

/// <summary>
/// Something the user played lately. <see cref="ArtistId"/> is the album artist of an album and the first
/// performer of a track; <see cref="CoverTrackId"/> is a playlist's first track (null when it has none to show);
/// <see cref="HasPicture"/> says whether a track has its own picture (else its cover is its album's).
/// </summary>
public sealed record RecentItem(RecentKind Kind, long Id, string Title, string Subtitle, long? ArtistId, long? AlbumId, DateTimeOffset LastPlayedAt,
    long? CoverTrackId = null, bool HasPicture = false);

/// <summary>A track by how often it counted as played in the window.</summary>
public sealed record PlayedTrack(long TrackId, string Title, string ArtistText, long? ArtistId, long AlbumId, string AlbumTitle, int Plays, DateTimeOffset LastPlayedAt,
    bool HasPicture = false);

/// <summary>An album by how many plays its tracks had in the window, from any context.</summary>
public sealed record PlayedAlbum(long AlbumId, string Title, long AlbumArtistId, string AlbumArtistName, int Plays, DateTimeOffset LastPlayedAt);

/// <summary>An album as Home's "Recently added" shows it.</summary>
public sealed record AddedAlbum(long Id, string Title, long AlbumArtistId, string AlbumArtistName, DateTimeOffset AddedAt);

/// <summary>Where the user's saved player stands: the track it would resume, where it came from and how far it got.</summary>
public sealed record ContinueItem(long TrackId, string Title, string ArtistText, long AlbumId, string AlbumTitle, ContextLabel? PlayingFrom, long PositionMs,
    long? DurationMs, int UpcomingCount, bool HasPicture = false);

/// <summary>
/// Everything Home shows for one user. <see cref="HasLibrary"/> and <see cref="HasMusic"/> tell an empty
/// install (no library yet) from one whose libraries hold no playable music yet.
/// </summary>
public sealed record HomeData(
    ContinueItem? Continue,
    IReadOnlyList<RecentItem> RecentlyPlayed,
    IReadOnlyList<AddedAlbum> RecentlyAdded,
    IReadOnlyList<PlayedAlbum> MostPlayedAlbums,
    IReadOnlyList<PlayedTrack> MostPlayedTracks,
    bool HasLibrary,
    bool HasMusic);

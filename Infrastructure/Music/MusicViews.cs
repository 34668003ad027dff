namespace MediaSuite.Infrastructure.Music;

/// <summary>One page of a long list; <see cref="Next"/> is the cursor for the page after it, null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

public enum AlbumSort
{
    Name,

    /// <summary>Album artist, then year, then title.</summary>
    Artist,

    /// <summary>Year (albums without one first when ascending), then title.</summary>
    Year,
    RecentlyAdded,
}

public enum TrackSort
{
    Title,

    /// <summary>The artists as tagged, then each artist's albums oldest first, each album in disc and track order.</summary>
    Artist,

    /// <summary>Album title, keeping each album's tracks together in disc and track order.</summary>
    Album,

    /// <summary>The track's year, then its album's tracks together in disc and track order.</summary>
    Year,
    Duration,

    /// <summary>In the order the files were first found (ascending = oldest first).</summary>
    RecentlyAdded,
}

/// <summary>An album as a grid tile: only its tracks in Present files of enabled libraries count.</summary>
public sealed record AlbumItem(long Id, string Title, long AlbumArtistId, string AlbumArtistName, int? Year, int TrackCount, long TotalDurationMs, bool HasCover);

public sealed record ArtistRef(long Id, string Name);

public sealed record AlbumTrack(long Id, int Disc, int? TrackNumber, string Title, string ArtistText, long? DurationMs, string? Codec, bool Lossless);

public sealed record AlbumPage(
    AlbumItem Album,
    ArtistRef AlbumArtist,
    IReadOnlyList<AlbumTrack> Tracks,
    int DiscCount,
    long TotalDurationMs,
    int? Year,
    IReadOnlyList<string> Genres,
    IReadOnlyList<AlbumItem> MoreByAlbumArtist);

/// <summary>An artist in the list. TrackCount counts tracks they perform on or that sit on their albums.</summary>
public sealed record ArtistItem(long Id, string Name, int AlbumCount, int TrackCount);

/// <summary>A track as a data-grid row (also used for "appears on" and a genre's tracks).</summary>
public sealed record TrackItem(
    long Id, string Title, string ArtistText, long AlbumId, string AlbumTitle, int? Disc, int? TrackNumber, int? Year, long? DurationMs, string? Codec, bool Lossless);

public sealed record ArtistPage(ArtistItem Artist, string? MusicBrainzId, IReadOnlyList<AlbumItem> Albums, IReadOnlyList<TrackItem> AppearsOn);

public sealed record GenreItem(string Name, int TrackCount);

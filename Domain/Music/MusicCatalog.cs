namespace MediaSuite.Domain.Music;

/// <summary>An artist. Two artists may share a name when MusicBrainz says they are different people.</summary>
public sealed class Artist
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public string? MusicBrainzId { get; set; }

    /// <summary>Identity for grouping: see <see cref="MusicGrouping.ArtistKey"/>.</summary>
    public required string Key { get; set; }
}

public sealed class Album
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public long AlbumArtistId { get; set; }
    public string? MusicBrainzReleaseId { get; set; }
    public string? MusicBrainzReleaseGroupId { get; set; }
    public int? Year { get; set; }
    public string? Date { get; set; }
    public bool Compilation { get; set; }

    /// <summary>Identity for grouping: see <see cref="MusicGrouping.AlbumKey"/>.</summary>
    public required string Key { get; set; }

    /// <summary>A cover/folder/front image beside the tracks (absolute path), preferred over embedded art.</summary>
    public string? CoverPath { get; set; }

    /// <summary>A track whose embedded picture is the cover, when there is no image file.</summary>
    public long? CoverTrackId { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>A music track; its id is the id of its media file, so user data follows the file.</summary>
public sealed class Track
{
    public long Id { get; set; }
    public long AlbumId { get; set; }
    public required string Title { get; set; }

    /// <summary>The artists as the tags name them, joined for display ("A feat. B" stays as written).</summary>
    public required string ArtistText { get; set; }
    public int? TrackNumber { get; set; }
    public int? TrackTotal { get; set; }
    public int? DiscNumber { get; set; }
    public int? DiscTotal { get; set; }
    public int? Year { get; set; }
    public string? Date { get; set; }
    public string? OriginalDate { get; set; }
    public string? Genres { get; set; }
    public string? Composers { get; set; }
    public string? MusicBrainzRecordingId { get; set; }
    public string? MusicBrainzTrackId { get; set; }
    public string? Isrc { get; set; }
    public double? Bpm { get; set; }
    public double? ReplayGainTrackGain { get; set; }
    public double? ReplayGainTrackPeak { get; set; }
    public double? ReplayGainAlbumGain { get; set; }
    public double? ReplayGainAlbumPeak { get; set; }
    public string? Lyrics { get; set; }

    /// <summary>Time-stamped lyrics as LRC text (from SYLT or a .lrc file beside the track).</summary>
    public string? SyncedLyrics { get; set; }
    public string? Comment { get; set; }
    public bool HasEmbeddedPicture { get; set; }
    public long? DurationMs { get; set; }
    public int? Bitrate { get; set; }
    public int? SampleRate { get; set; }
    public int? BitDepth { get; set; }
    public int? Channels { get; set; }
    public string? Codec { get; set; }
    public bool Lossless { get; set; }
}

public enum ArtistRole
{
    Performer,
    AlbumArtist,
}

public sealed class TrackArtist
{
    public long TrackId { get; set; }
    public long ArtistId { get; set; }
    public ArtistRole Role { get; set; }
    public int Position { get; set; }
}

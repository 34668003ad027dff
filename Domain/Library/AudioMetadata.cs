namespace MediaSuite.Domain.Library;

/// <summary>
/// What an audio file says about itself, from its tags and stream headers. Field names are the
/// model's and the `probe` command's JSON. Multi-valued fields are never null; absent ones are empty.
/// </summary>
public sealed record AudioMetadata
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Artists { get; init; } = [];
    public IReadOnlyList<string> AlbumArtists { get; init; } = [];
    public string? Album { get; init; }
    public int? TrackNumber { get; init; }
    public int? TrackTotal { get; init; }
    public int? DiscNumber { get; init; }
    public int? DiscTotal { get; init; }

    /// <summary>The release date as tagged (ISO 8601 prefix: "2019", "2019-05", "2019-05-17").</summary>
    public string? Date { get; init; }
    public string? OriginalDate { get; init; }
    public int? Year { get; init; }
    public int? OriginalYear { get; init; }

    public IReadOnlyList<string> Genres { get; init; } = [];
    public IReadOnlyList<string> Composers { get; init; } = [];
    public bool Compilation { get; init; }

    public string? MusicBrainzRecordingId { get; init; }
    public string? MusicBrainzTrackId { get; init; }
    public string? MusicBrainzReleaseId { get; init; }
    public string? MusicBrainzReleaseGroupId { get; init; }
    public IReadOnlyList<string> MusicBrainzArtistIds { get; init; } = [];
    public IReadOnlyList<string> MusicBrainzAlbumArtistIds { get; init; } = [];

    public string? Isrc { get; init; }
    public double? Bpm { get; init; }

    /// <summary>ReplayGain in dB and linear peak (Opus R128 gains are converted to ReplayGain's 89 dB reference).</summary>
    public double? ReplayGainTrackGain { get; init; }
    public double? ReplayGainTrackPeak { get; init; }
    public double? ReplayGainAlbumGain { get; init; }
    public double? ReplayGainAlbumPeak { get; init; }

    public string? Lyrics { get; init; }
    public IReadOnlyList<SyncedLyricLine> SyncedLyrics { get; init; } = [];
    public string? Comment { get; init; }

    /// <summary>The front cover (or first picture) embedded in the file, if any.</summary>
    public EmbeddedPicture? Picture { get; init; }

    public long? DurationMs { get; init; }

    /// <summary>Average bitrate in kbit/s.</summary>
    public int? Bitrate { get; init; }
    public int? SampleRate { get; init; }
    public int? BitDepth { get; init; }
    public int? Channels { get; init; }

    /// <summary>Lower-case codec name: mp3, flac, vorbis, opus, aac, alac, pcm, ...</summary>
    public string? Codec { get; init; }
    public bool Lossless { get; init; }

    /// <summary>Which container's reader produced this (mp3, flac, ogg, mp4, wav, aiff, ffprobe).</summary>
    public string? Container { get; init; }
}

public sealed record SyncedLyricLine(long TimeMs, string Text);

/// <summary>
/// An embedded picture. Scans read only its description, type and size (Data is null); the artwork
/// step asks for the bytes.
/// </summary>
public sealed record EmbeddedPicture(string MimeType, int PictureType, string? Description, long Length, byte[]? Data)
{
    /// <summary>ID3/FLAC picture type 3 is "front cover".</summary>
    public bool IsFrontCover => PictureType == 3;
}

namespace MediaSuite.Domain.Library;

/// <summary>What ffprobe finds in a video file.</summary>
public sealed record VideoMetadata
{
    public long? DurationMs { get; init; }

    /// <summary>Coded width and height, and the rotation (0, 90, 180, 270) a player applies.</summary>
    public int? Width { get; init; }
    public int? Height { get; init; }
    public int? Rotation { get; init; }

    public string? VideoCodec { get; init; }
    public string? AudioCodec { get; init; }

    /// <summary>Overall bitrate in kbit/s.</summary>
    public int? Bitrate { get; init; }
    public double? FrameRate { get; init; }

    /// <summary>ffprobe's format name (mov,mp4,m4a,3gp,3g2,mj2 / matroska,webm / avi ...), first name only.</summary>
    public string? Container { get; init; }
    public string? Title { get; init; }

    /// <summary>The creation_time tag (or date), when present.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? Altitude { get; init; }
}

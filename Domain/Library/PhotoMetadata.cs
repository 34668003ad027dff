namespace MediaSuite.Domain.Library;

/// <summary>What a photo's EXIF/XMP/container says about it.</summary>
public sealed record PhotoMetadata
{
    /// <summary>When it was taken, in the camera's local time (DateTimeOriginal).</summary>
    public DateTime? TakenLocal { get; init; }

    /// <summary>The same moment in UTC, known when the file carries its offset (OffsetTimeOriginal) or GPS time.</summary>
    public DateTimeOffset? TakenUtc { get; init; }

    /// <summary>Where TakenLocal came from: "exif", "xmp", "gps", "filename", "modified".</summary>
    public string? TakenSource { get; init; }

    /// <summary>EXIF orientation 1–8.</summary>
    public int? Orientation { get; init; }

    /// <summary>Width and height as displayed, after orientation is applied.</summary>
    public int? Width { get; init; }
    public int? Height { get; init; }

    public string? Make { get; init; }
    public string? Model { get; init; }
    public string? Lens { get; init; }
    public int? Iso { get; init; }

    /// <summary>Exposure time in seconds (1/250 s is 0.004).</summary>
    public double? ExposureSeconds { get; init; }
    public double? FNumber { get; init; }
    public double? FocalLengthMm { get; init; }

    /// <summary>Signed decimal degrees (south and west are negative) and metres above sea level.</summary>
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? Altitude { get; init; }

    /// <summary>jpeg, heif, png, tiff, webp, avif, or the RAW family (cr2, nef, arw, dng, ...).</summary>
    public string? Format { get; init; }
}

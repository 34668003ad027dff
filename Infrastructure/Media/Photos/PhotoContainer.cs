using MetadataExtractor;
using Directory = MetadataExtractor.Directory;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>
/// What a container reader found: the format name, the metadata directories (EXIF, XMP, GPS) and
/// the image's stored pixel size from the container's own header, before orientation.
/// </summary>
internal sealed record PhotoContainer(string Format, IReadOnlyList<Directory> Directories)
{
    public int? Width { get; init; }
    public int? Height { get; init; }

    /// <summary>An orientation (1–8) the container itself imposes (HEIF irot), which outranks EXIF's.</summary>
    public int? Orientation { get; init; }

    /// <summary>A container creation time in UTC (the CR3 movie header).</summary>
    public DateTimeOffset? CreatedUtc { get; init; }

    /// <summary>Whether Width/Height are the image's real size; RAW files report a preview or sensor size, so EXIF's is preferred there.</summary>
    public bool IsRaw { get; init; }
}

using MetadataExtractor;
using MetadataExtractor.Formats.Heif;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>
/// HEIC/HEIF and AVIF share the ISO image container (meta box, ispe sizes, an EXIF item); MetadataExtractor
/// 2.4.3 only recognises the HEIC brands by itself, so AVIF is handed to the same reader directly.
/// </summary>
internal static class HeifContainer
{
    public static PhotoContainer Read(Stream stream, string format)
    {
        var directories = HeifMetadataReader.ReadMetadata(stream);
        var primary = directories.OfType<HeicImagePropertiesDirectory>()
            .FirstOrDefault(d => d.ContainsTag(HeicImagePropertiesDirectory.TagImageWidth) && d.ContainsTag(HeicImagePropertiesDirectory.TagImageHeight))
            ?? throw new CorruptPhotoException("no image size (ispe) for the primary image");
        primary.TryGetInt32(HeicImagePropertiesDirectory.TagImageWidth, out var width);
        primary.TryGetInt32(HeicImagePropertiesDirectory.TagImageHeight, out var height);
        return new PhotoContainer(format, directories)
        {
            Width = width > 0 ? width : null,
            Height = height > 0 ? height : null,
            Orientation = primary.TryGetInt32(HeicImagePropertiesDirectory.TagRotation, out var degrees) ? OrientationOfIrot(degrees) : null,
        };
    }

    /// <summary>
    /// HEIF's irot turns the image counter-clockwise in quarter turns, and viewers apply it instead of
    /// EXIF's Orientation; as an EXIF orientation: 90° → 8, 180° → 3, 270° → 6.
    /// </summary>
    public static int? OrientationOfIrot(int counterClockwiseDegrees) => (((counterClockwiseDegrees % 360) + 360) % 360) switch
    {
        0 => 1,
        90 => 8,
        180 => 3,
        270 => 6,
        _ => null,
    };
}

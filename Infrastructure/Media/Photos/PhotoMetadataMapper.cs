using MediaSuite.Domain.Library;
using MetadataExtractor;
using Directory = MetadataExtractor.Directory;
using MetadataExtractor.Formats.Exif;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>Turns a container's EXIF, GPS and XMP directories into the shared photo model.</summary>
internal static class PhotoMetadataMapper
{
    public static PhotoMetadata Map(PhotoContainer container)
    {
        var directories = container.Directories;
        var ifd0 = directories.FirstOrDefault(d => d is ExifIfd0Directory or PanasonicRawIfd0Directory);
        var exif = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        var gps = directories.OfType<GpsDirectory>().FirstOrDefault();
        var taken = PhotoTakenAt.Resolve(directories, container.CreatedUtc);
        var orientation = container.Orientation ?? Orientation(ifd0);
        var (width, height) = PixelSize(container, exif);
        var quarterTurn = orientation is >= 5 and <= 8;
        var location = Location(gps);
        return new PhotoMetadata
        {
            TakenLocal = taken.Local,
            TakenUtc = taken.Utc,
            TakenSource = taken.Source,
            Orientation = orientation,
            Width = quarterTurn ? height : width,
            Height = quarterTurn ? width : height,
            Make = Text(ifd0, ExifDirectoryBase.TagMake),
            Model = Text(ifd0, ExifDirectoryBase.TagModel),
            Lens = Text(exif, ExifDirectoryBase.TagLensModel) ?? LensSpecification(exif),
            Iso = exif is not null && exif.TryGetInt32(ExifDirectoryBase.TagIsoEquivalent, out var iso) && iso > 0 ? iso : null,
            ExposureSeconds = Positive(exif, ExifDirectoryBase.TagExposureTime),
            FNumber = Positive(exif, ExifDirectoryBase.TagFNumber) ?? FNumberFromAperture(exif),
            FocalLengthMm = Positive(exif, ExifDirectoryBase.TagFocalLength),
            Latitude = location?.Latitude,
            Longitude = location?.Longitude,
            Altitude = location is null ? null : Altitude(gps),
            Format = container.Format,
        };
    }

    /// <summary>
    /// The container's pixel size (SOF, IHDR, VP8, ispe, TIFF IFD0) over EXIF's PixelX/YDimension,
    /// which editors often leave stale. RAW is the exception: its TIFF directories describe a preview,
    /// a thumbnail and the sensor with its masked borders, so the camera's EXIF size comes first and
    /// the largest full-resolution directory is the fallback.
    /// </summary>
    private static (int? Width, int? Height) PixelSize(PhotoContainer container, Directory? exif)
    {
        if (!container.IsRaw) return (container.Width, container.Height);
        if (exif is not null && exif.TryGetInt32(ExifDirectoryBase.TagExifImageWidth, out var w) && exif.TryGetInt32(ExifDirectoryBase.TagExifImageHeight, out var h) && w > 0 && h > 0)
            return (w, h);
        var largest = container.Directories.OfType<ExifDirectoryBase>()
            .Where(d => !d.TryGetInt32(ExifDirectoryBase.TagNewSubfileType, out var subfile) || subfile == 0)
            .Select(d => d.TryGetInt32(ExifDirectoryBase.TagImageWidth, out var dw) && d.TryGetInt32(ExifDirectoryBase.TagImageHeight, out var dh) ? (dw, dh) : (0, 0))
            .MaxBy(size => (long)size.Item1 * size.Item2);
        return largest.Item1 > 0 && largest.Item2 > 0 ? (largest.Item1, largest.Item2) : (null, null);
    }

    private static int? Orientation(Directory? ifd0) =>
        ifd0 is not null && ifd0.TryGetInt32(ExifDirectoryBase.TagOrientation, out var value) && value is >= 1 and <= 8 ? value : null;

    /// <summary>(0, 0) is what cameras without a fix write; nobody photographs that spot in the Gulf of Guinea.</summary>
    private static GeoLocation? Location(GpsDirectory? gps)
    {
        var location = gps?.GetGeoLocation();
        if (location is null || location.IsZero || !double.IsFinite(location.Latitude) || !double.IsFinite(location.Longitude)) return null;
        return Math.Abs(location.Latitude) <= 90 && Math.Abs(location.Longitude) <= 180 ? location : null;
    }

    /// <summary>Metres; GPSAltitudeRef 1 means below sea level.</summary>
    private static double? Altitude(GpsDirectory? gps)
    {
        if (gps is null || !gps.TryGetRational(GpsDirectory.TagAltitude, out var rational) || rational.Denominator == 0) return null;
        var metres = rational.ToDouble();
        if (!double.IsFinite(metres)) return null;
        return gps.TryGetInt32(GpsDirectory.TagAltitudeRef, out var reference) && reference == 1 ? -Math.Abs(metres) : metres;
    }

    private static string? LensSpecification(Directory? exif) =>
        exif is not null && exif.ContainsTag(ExifDirectoryBase.TagLensSpecification) ? Clean(exif.GetDescription(ExifDirectoryBase.TagLensSpecification)) : null;

    /// <summary>APEX aperture value Av to an f-number: N = 2^(Av/2).</summary>
    private static double? FNumberFromAperture(Directory? exif) =>
        Number(exif, ExifDirectoryBase.TagAperture) is { } av && av >= 0 && av < 30 ? Math.Round(Math.Pow(2, av / 2), 1) : null;

    private static double? Positive(Directory? directory, int tag) => Number(directory, tag) is > 0 and var value ? value : null;

    private static double? Number(Directory? directory, int tag)
    {
        if (directory is null || !directory.TryGetRational(tag, out var rational) || rational.Denominator == 0) return null;
        var value = rational.ToDouble();
        return double.IsFinite(value) ? value : null;
    }

    private static string? Text(Directory? directory, int tag) => directory is null ? null : Clean(directory.GetString(tag));

    private static string? Clean(string? text) => text?.Replace("\0", "").Trim() is { Length: > 0 } clean ? clean : null;
}

using MetadataExtractor;
using Directory = MetadataExtractor.Directory;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Raf;
using MetadataExtractor.IO;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>
/// TIFF and the TIFF-based RAW formats. The IFDs are read through a seeking reader, so a 50 MB RAW
/// costs the few kilobytes its directories take (MetadataExtractor's own TIFF entry point buffers the
/// whole file to learn its length).
/// </summary>
internal static class TiffContainer
{
    private const int DngVersionTag = 0xC612;

    /// <summary>TIFF-structured RAW formats that only their extension tells apart from a plain TIFF.</summary>
    private static readonly HashSet<string> RawExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".nef", ".nrw", ".arw", ".srf", ".sr2", ".dng", ".pef", ".srw", ".3fr", ".erf", ".kdc", ".dcr", ".mos", ".iiq", ".rwl",
    };

    public static PhotoContainer Read(Stream stream, ReadOnlySpan<byte> header, string fileName)
    {
        var directories = new ExifReader().Extract(new IndexedSeekingReader(stream, 0, true));
        var ifd0 = directories.FirstOrDefault(d => d is ExifIfd0Directory or PanasonicRawIfd0Directory);
        if (ifd0 is null || ifd0.TagCount == 0)
        {
            var error = directories.SelectMany(d => d.Errors).FirstOrDefault() ?? "no first image directory (IFD0)";
            throw new CorruptPhotoException(error);
        }

        var format = Format(header, ifd0, fileName);
        if (format != "tiff") return new PhotoContainer(format, directories) { IsRaw = true };
        ifd0.TryGetInt32(ExifDirectoryBase.TagImageWidth, out var width);
        ifd0.TryGetInt32(ExifDirectoryBase.TagImageHeight, out var height);
        if (width <= 0 || height <= 0) throw new CorruptPhotoException("the first image directory has no image width and height");
        return new PhotoContainer(format, directories) { Width = width, Height = height };
    }

    public static PhotoContainer ReadRaf(Stream stream) =>
        new("raf", RafMetadataReader.ReadMetadata(stream)) { IsRaw = true };

    private static string Format(ReadOnlySpan<byte> header, Directory ifd0, string fileName)
    {
        if (header.StartsWith("IIRO"u8) || header.StartsWith("IIRS"u8) || header.StartsWith("MMOR"u8)) return "orf";
        if (header.StartsWith("IIU\0"u8)) return "rw2";
        if (header.Length >= 10 && header[8] == 'C' && header[9] == 'R') return "cr2";
        if (ifd0.ContainsTag(DngVersionTag)) return "dng";
        var extension = Path.GetExtension(fileName);
        return RawExtensions.Contains(extension) ? extension[1..].ToLowerInvariant() : "tiff";
    }
}

using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Xmp;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>JPEG: the segments before the scan data (SOF, APP1 EXIF and XMP); the scan itself is never read.</summary>
internal static class JpegContainer
{
    public static PhotoContainer Read(Stream stream)
    {
        var directories = JpegMetadataReader.ReadMetadata(stream, [new JpegReader(), new ExifReader(), new XmpReader()]);
        var frame = directories.OfType<JpegDirectory>().FirstOrDefault()
            ?? throw new CorruptPhotoException("no frame header (SOF) before the image data");
        return new PhotoContainer("jpeg", directories)
        {
            Width = frame.TryGetInt32(JpegDirectory.TagImageWidth, out var width) && width > 0 ? width : null,
            Height = frame.TryGetInt32(JpegDirectory.TagImageHeight, out var height) && height > 0 ? height : null,
        };
    }
}

using System.Text;
using MediaSuite.Domain.Library;
using MetadataExtractor.Util;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>
/// Reads a photo's EXIF, XMP and GPS and its container's size: JPEG, PNG, WebP, TIFF, HEIC/HEIF,
/// AVIF, and the RAW formats CR2, CR3, NEF, ARW, DNG, ORF, RW2, RAF (and other TIFF-based RAW by
/// extension). Only headers and metadata blocks are read, never the image data.
/// </summary>
public sealed class PhotoMetadataReader
{
    /// <summary>Throws <see cref="PhotoReadException"/> for a file that is not a supported photo or is damaged.</summary>
    public PhotoMetadata Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.RandomAccess);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>The stream must be seekable; fileName names the file in errors and tells TIFF-based RAW formats apart.</summary>
    public PhotoMetadata Read(Stream stream, string fileName)
    {
        if (!stream.CanSeek) throw new ArgumentException("The photo reader needs a seekable stream.", nameof(stream));
        if (stream.Length == 0) throw new PhotoReadException($"'{fileName}' is empty (0 bytes)");
        var header = new byte[64];
        var length = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var kind = PhotoKindSniffer.Detect(header.AsSpan(0, length)) ?? throw new PhotoReadException(NotAPhoto(stream, fileName, header.AsSpan(0, length)));
        try
        {
            var container = kind switch
            {
                PhotoKind.Jpeg => JpegContainer.Read(stream),
                PhotoKind.Png => PngContainer.Read(stream),
                PhotoKind.WebP => WebPContainer.Read(stream),
                PhotoKind.Tiff => TiffContainer.Read(stream, header.AsSpan(0, length), fileName),
                PhotoKind.Heif => HeifContainer.Read(stream, "heif"),
                PhotoKind.Avif => HeifContainer.Read(stream, "avif"),
                PhotoKind.Cr3 => Cr3Container.Read(stream),
                PhotoKind.Raf => TiffContainer.ReadRaf(stream),
                _ => throw new CorruptPhotoException($"no reader for {kind}"),
            };
            return PhotoMetadataMapper.Map(container);
        }
        catch (CorruptPhotoException e)
        {
            throw new PhotoReadException($"'{fileName}' is not a readable {Label(kind)}: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new PhotoReadException($"'{fileName}' is not a readable {Label(kind)}: truncated, the data ends before its structure does ({e.Message})", e);
        }
        catch (Exception e) when (e is not (PhotoReadException or OutOfMemoryException or OperationCanceledException))
        {
            // MetadataExtractor meets damaged files with a range of exception types; all of them mean "corrupt".
            throw new PhotoReadException($"'{fileName}' is not a readable {Label(kind)}: {e.Message}", e);
        }
    }

    private static string Label(PhotoKind kind) => kind switch
    {
        PhotoKind.Heif => "HEIF image",
        PhotoKind.Avif => "AVIF image",
        PhotoKind.Cr3 => "Canon CR3 file",
        PhotoKind.Raf => "Fujifilm RAF file",
        PhotoKind.Tiff => "TIFF or RAW file",
        _ => kind.ToString().ToUpperInvariant() + " image",
    };

    private static string NotAPhoto(Stream stream, string fileName, ReadOnlySpan<byte> header)
    {
        var type = FileType.Unknown;
        try
        {
            type = FileTypeDetector.DetectFileType(stream);
        }
        catch (Exception e) when (e is IOException or MetadataExtractor.ImageProcessingException)
        {
            // Too short to tell; it stays unknown.
        }
        var bytes = new StringBuilder();
        foreach (var b in header[..Math.Min(8, header.Length)]) bytes.Append(bytes.Length == 0 ? "" : " ").Append(b.ToString("X2"));
        return type == FileType.Unknown
            ? $"'{fileName}' is not a recognised photo format: its first bytes ({bytes}) match none"
            : $"'{fileName}' is a {type.ToString().ToUpperInvariant()} file, which the photo reader does not read";
    }
}

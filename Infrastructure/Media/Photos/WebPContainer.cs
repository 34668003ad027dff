using System.Buffers.Binary;
using System.Text;
using MetadataExtractor;
using Directory = MetadataExtractor.Directory;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Xmp;
using MetadataExtractor.IO;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>
/// WebP: walks the RIFF chunks, reading the first bytes of the bitstream chunk for the size and the
/// EXIF and XMP chunks whole. (MetadataExtractor reads the whole VP8 bitstream into memory.)
/// </summary>
internal static class WebPContainer
{
    private static readonly byte[] ExifPreamble = "Exif\0\0"u8.ToArray();

    public static PhotoContainer Read(Stream stream)
    {
        var riff = StreamReading.ReadBytes(stream, 12, "the RIFF header");
        var end = Math.Min(stream.Length, 8L + BinaryPrimitives.ReadUInt32LittleEndian(riff.AsSpan(4)));
        var directories = new List<Directory>();
        (int Width, int Height)? canvas = null, bitstream = null;
        while (stream.Position + 8 <= end)
        {
            var header = StreamReading.ReadBytes(stream, 8, "a chunk header");
            var type = Encoding.ASCII.GetString(header, 0, 4);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
            var next = stream.Position + size + (size & 1);
            if (stream.Position + size > stream.Length)
                throw new CorruptPhotoException($"truncated: chunk '{type}' says {size} bytes at offset {stream.Position}, the file has {stream.Length}");
            switch (type)
            {
                case "VP8X" when size >= 10:
                    var extended = StreamReading.ReadBytes(stream, 10, "the VP8X chunk");
                    canvas = (1 + UInt24(extended, 4), 1 + UInt24(extended, 7));
                    break;
                case "VP8 " when size >= 10:
                    var lossy = StreamReading.ReadBytes(stream, 10, "the VP8 frame header");
                    if (lossy[3] != 0x9D || lossy[4] != 0x01 || lossy[5] != 0x2A) throw new CorruptPhotoException("the VP8 frame header has no start code");
                    bitstream ??= (BinaryPrimitives.ReadUInt16LittleEndian(lossy.AsSpan(6)) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(lossy.AsSpan(8)) & 0x3FFF);
                    break;
                case "VP8L" when size >= 5:
                    var lossless = StreamReading.ReadBytes(stream, 5, "the VP8L header");
                    if (lossless[0] != 0x2F) throw new CorruptPhotoException("the VP8L header has no signature");
                    bitstream ??= (1 + ((lossless[2] & 0x3F) << 8 | lossless[1]), 1 + ((lossless[4] & 0x0F) << 10 | lossless[3] << 2 | (lossless[2] & 0xC0) >> 6));
                    break;
                case "EXIF":
                    var exif = StreamReading.ReadBytes(stream, size, "the EXIF chunk");
                    // Some writers keep JPEG's "Exif\0\0" in front of the TIFF header.
                    var start = exif.AsSpan().StartsWith(ExifPreamble) ? ExifPreamble.Length : 0;
                    directories.AddRange(new ExifReader().Extract(new ByteArrayReader(exif, start, true)));
                    break;
                case "XMP ":
                    directories.Add(new XmpReader().Extract(StreamReading.ReadBytes(stream, size, "the XMP chunk")));
                    break;
            }
            stream.Position = Math.Min(next, end);
        }
        var (width, height) = canvas ?? bitstream ?? throw new CorruptPhotoException("no VP8X, VP8 or VP8L chunk gives the image size");
        return new PhotoContainer("webp", directories) { Width = width, Height = height };
    }

    private static int UInt24(byte[] bytes, int offset) => bytes[offset] | bytes[offset + 1] << 8 | bytes[offset + 2] << 16;
}

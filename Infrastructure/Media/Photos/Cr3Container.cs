using System.Buffers.Binary;
using System.Text;
using MetadataExtractor;
using Directory = MetadataExtractor.Directory;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.IO;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>
/// Canon CR3: an ISO media file whose moov box holds a Canon uuid box with the EXIF blocks as
/// separate little TIFF files: CMT1 is IFD0, CMT2 the EXIF IFD, CMT4 the GPS IFD. MetadataExtractor
/// 2.4.3 reads none of them, so this walks the boxes and hands each block to its EXIF reader.
/// </summary>
internal static class Cr3Container
{
    private static readonly byte[] CanonUuid = Convert.FromHexString("85C0B687820F11E08111F4CE462B6A48");
    private const int MaxBlock = 4 << 20;

    public static PhotoContainer Read(Stream stream)
    {
        var directories = new List<Directory>();
        DateTimeOffset? created = null;
        foreach (var (type, start, end) in Boxes(stream, 0, stream.Length))
        {
            if (type != "moov") continue;
            foreach (var (childType, childStart, childEnd) in Boxes(stream, start, end))
            {
                if (childType == "mvhd") created = MovieCreated(stream, childStart, childEnd);
                if (childType != "uuid" || childEnd - childStart < 16) continue;
                stream.Position = childStart;
                if (!StreamReading.ReadBytes(stream, 16, "a uuid box").AsSpan().SequenceEqual(CanonUuid)) continue;
                foreach (var (blockType, blockStart, blockEnd) in Boxes(stream, childStart + 16, childEnd))
                    if (blockType is "CMT1" or "CMT2" or "CMT4" && blockEnd - blockStart <= MaxBlock)
                        directories.AddRange(Block(stream, blockType, blockStart, blockEnd));
            }
        }
        if (directories.Count == 0) throw new CorruptPhotoException("no Canon metadata box (moov/uuid CMT1–CMT4)");
        return new PhotoContainer("cr3", directories) { IsRaw = true, CreatedUtc = created };
    }

    private static IEnumerable<Directory> Block(Stream stream, string type, long start, long end)
    {
        stream.Position = start;
        var tiff = StreamReading.ReadBytes(stream, end - start, $"the {type} box");
        var found = new ExifReader().Extract(new ByteArrayReader(tiff, 0, true));
        if (type == "CMT1") return found;
        // CMT2 and CMT4 are each a TIFF whose first directory holds EXIF or GPS tags; put them where the mapping looks.
        Directory target = type == "CMT2" ? new ExifSubIfdDirectory() : new GpsDirectory();
        foreach (var source in found.OfType<ExifIfd0Directory>())
        foreach (var tag in source.Tags)
            if (source.GetObject(tag.Type) is { } value) target.Set(tag.Type, value);
        return [target];
    }

    /// <summary>The movie header's creation time: seconds since 1904 in UTC; 0 means unset.</summary>
    private static DateTimeOffset? MovieCreated(Stream stream, long start, long end)
    {
        if (end - start < 12) return null;
        stream.Position = start;
        var box = StreamReading.ReadBytes(stream, Math.Min(end - start, 12), "the mvhd box");
        var seconds = box[0] == 1 ? BinaryPrimitives.ReadUInt64BigEndian(box.AsSpan(4)) : BinaryPrimitives.ReadUInt32BigEndian(box.AsSpan(4));
        if (seconds == 0 || seconds > 200L * 365 * 86400) return null;
        return new DateTimeOffset(1904, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds);
    }

    /// <summary>The boxes between start and end: type, and where the payload begins and ends.</summary>
    private static IEnumerable<(string Type, long Start, long End)> Boxes(Stream stream, long start, long end)
    {
        var position = start;
        while (position + 8 <= end)
        {
            stream.Position = position;
            var header = StreamReading.ReadBytes(stream, 8, "a box header");
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = Encoding.ASCII.GetString(header, 4, 4);
            var payload = position + 8;
            if (size == 1)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(StreamReading.ReadBytes(stream, 8, "a large box size"));
                payload += 8;
            }
            else if (size == 0) size = end - position;
            if (size < payload - position || position + size > end)
                throw new CorruptPhotoException($"box '{type}' at offset {position} says {size} bytes, past the end of its parent at {end}");
            yield return (type, payload, position + size);
            position += size;
        }
    }
}

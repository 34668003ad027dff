using System.Buffers;
using System.Buffers.Binary;
using MediaSuite.Infrastructure.Tags.Binary;

namespace MediaSuite.Infrastructure.Tags.Ogg;

/// <summary>
/// Finds the last granule position of a stream by reading only the end of the file and scanning
/// backwards for a complete page of that stream. A candidate counts only if its serial number
/// matches and it ends exactly at the end of the file or where another "OggS" starts, so "OggS"
/// inside audio data or a page cut off by truncation is not taken for the last page. (That is as
/// safe as the page checksum here and costs nothing; the checksum would mean hashing a page of up
/// to 64 KB per file.)
/// </summary>
internal static class OggTail
{
    private static readonly int[] Windows = [64 * 1024, 1024 * 1024];

    public static long? LastGranule(Stream file, long fileLength, uint serial)
    {
        foreach (var window in Windows)
        {
            var length = (int)Math.Min(window, fileLength);
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                file.Position = fileLength - length;
                StreamReads.ReadExactly(file, buffer.AsSpan(0, length), "Ogg file end");
                var granule = Scan(buffer.AsSpan(0, length), serial);
                if (granule is not null) return granule;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            if (length == fileLength) break;
        }
        return null;
    }

    private static long? Scan(ReadOnlySpan<byte> tail, uint serial)
    {
        for (var at = tail.LastIndexOf("OggS"u8); at >= 0; at = tail[..at].LastIndexOf("OggS"u8))
        {
            var page = tail[at..];
            if (page.Length < OggPage.FixedHeaderLength || page[4] != 0) continue;
            if (BinaryPrimitives.ReadUInt32LittleEndian(page[14..]) != serial) continue;
            var granule = BinaryPrimitives.ReadInt64LittleEndian(page[6..]);
            if (granule < 0) continue;
            var segments = page[26];
            var headerLength = OggPage.FixedHeaderLength + segments;
            if (page.Length < headerLength) continue;
            var length = headerLength;
            foreach (var value in page[OggPage.FixedHeaderLength..headerLength]) length += value;
            if (page.Length < length) continue;
            if (page.Length > length && !page[length..].StartsWith("OggS"u8)) continue;
            return granule;
        }
        return null;
    }
}

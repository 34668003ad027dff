using MediaSuite.Infrastructure.Tags.Binary;

namespace MediaSuite.Infrastructure.Tags.Flac;

/// <summary>
/// Finds where ID3v2 tags placed in front of a non-MP3 stream end. The FLAC spec does not allow
/// them, but some taggers write them and players ignore them, so the reader does too.
/// </summary>
internal static class Id3v2Skip
{
    public static long TagEnd(Stream stream, long fileLength)
    {
        long offset = 0;
        Span<byte> header = stackalloc byte[10];
        while (fileLength - offset >= header.Length)
        {
            stream.Position = offset;
            StreamReads.ReadExactly(stream, header, "ID3v2 header");
            if (!header.StartsWith("ID3"u8)) break;
            var sizeBytes = header[6..];
            if (sizeBytes.ContainsAnyInRange((byte)0x80, (byte)0xFF))
                throw new TagReadException($"corrupt ID3v2 tag at offset {offset}: its size is not a sync-safe integer");
            var size = (sizeBytes[0] << 21) | (sizeBytes[1] << 14) | (sizeBytes[2] << 7) | sizeBytes[3];
            var footer = (header[5] & 0x10) != 0 ? 10 : 0;
            var end = offset + header.Length + size + footer;
            if (end > fileLength)
                throw new TagReadException($"truncated ID3v2 tag: header says {size} bytes, file has {fileLength - offset - header.Length}");
            offset = end;
        }
        return offset;
    }
}

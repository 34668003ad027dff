using MediaSuite.Infrastructure.Tags.Binary;
using MediaSuite.Infrastructure.Tags.Id3;

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
        Span<byte> bytes = stackalloc byte[Id3v2Header.Length];
        while (fileLength - offset >= bytes.Length)
        {
            stream.Position = offset;
            StreamReads.ReadExactly(stream, bytes, "ID3v2 header");
            if (!bytes.StartsWith("ID3"u8)) break;
            if (!Id3v2Header.TryParse(bytes, out var header))
                throw new TagReadException($"corrupt ID3v2 tag at offset {offset}: its version or size is not valid");
            var end = offset + header.TotalLength;
            if (end > fileLength)
                throw new TagReadException($"truncated ID3v2 tag: header says {header.Size} bytes, file has {fileLength - offset - Id3v2Header.Length}");
            offset = end;
        }
        return offset;
    }
}

using System.Buffers.Binary;
using MediaSuite.Infrastructure.Tags.Binary;

namespace MediaSuite.Infrastructure.Tags.Ogg;

/// <summary>An Ogg page header: 27 fixed bytes, then a segment table whose lacing values add up to the body length.</summary>
internal readonly record struct OggPage(long Offset, byte Flags, long Granule, uint Serial, int Segments, int BodyLength)
{
    public const int FixedHeaderLength = 27;
    public const byte Continued = 0x01, BeginningOfStream = 0x02;

    public bool IsContinuation => (Flags & Continued) != 0;
    public bool IsBeginningOfStream => (Flags & BeginningOfStream) != 0;

    /// <summary>Reads the page header at the stream's position into <paramref name="lacing"/> (255 bytes), leaving the stream at the body.</summary>
    public static OggPage Read(Stream file, long fileLength, Span<byte> lacing)
    {
        var offset = file.Position;
        if (fileLength - offset < FixedHeaderLength)
            throw new TagReadException($"truncated Ogg page at offset {offset}: {fileLength - offset} bytes left, a page header needs {FixedHeaderLength}");
        Span<byte> header = stackalloc byte[FixedHeaderLength];
        StreamReads.ReadExactly(file, header, "Ogg page header");
        if (!header.StartsWith("OggS"u8))
            throw new TagReadException(offset == 0 ? "not an Ogg file: it does not start with \"OggS\"" : $"corrupt Ogg stream: no page where one should start (offset {offset})");
        if (header[4] != 0) throw new TagReadException($"unsupported Ogg page version {header[4]} at offset {offset}");

        var segments = header[26];
        StreamReads.ReadExactly(file, lacing[..segments], "Ogg page segment table");
        var bodyLength = 0;
        foreach (var value in lacing[..segments]) bodyLength += value;
        var left = fileLength - file.Position;
        if (bodyLength > left) throw new TagReadException($"truncated Ogg page at offset {offset}: body says {bodyLength} bytes, file has {left} left");

        return new OggPage(offset, header[5], BinaryPrimitives.ReadInt64LittleEndian(header[6..]), BinaryPrimitives.ReadUInt32LittleEndian(header[14..]), segments, bodyLength);
    }
}

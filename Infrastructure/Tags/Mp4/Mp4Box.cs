using System.Buffers.Binary;
using System.Text;
using MediaSuite.Infrastructure.Tags.Binary;

namespace MediaSuite.Infrastructure.Tags.Mp4;

/// <summary>An ISO-BMFF box header: 32-bit size and type, a 64-bit "largesize" when size is 1, "to the end of the parent" when size is 0.</summary>
internal readonly record struct Mp4Box(string Type, long Start, int HeaderLength, long Size)
{
    public long PayloadStart => Start + HeaderLength;
    public long End => Start + Size;
    public long PayloadLength => Size - HeaderLength;

    /// <summary>The children of the span [start, end) of a file, read header by header; the stream is free to move between items.</summary>
    public static IEnumerable<Mp4Box> Children(Stream stream, long start, long end, string parent)
    {
        for (var at = start; end - at >= 8;)
        {
            var box = ReadHeader(stream, at, end);
            if (box.End > end)
                throw new TagReadException($"truncated MP4: '{box.Type}' box at offset {at} says {box.Size} bytes, but {parent} has only {end - at} left");
            yield return box;
            at = box.End;
        }
    }

    /// <summary>Reads the header at <paramref name="at"/>; a size-0 box runs to <paramref name="end"/>.</summary>
    public static Mp4Box ReadHeader(Stream stream, long at, long end)
    {
        Span<byte> header = stackalloc byte[16];
        stream.Position = at;
        StreamReads.ReadExactly(stream, header[..8], "MP4 box header");
        var type = Encoding.Latin1.GetString(header[4..8]);
        long size = BinaryPrimitives.ReadUInt32BigEndian(header);
        var headerLength = 8;
        if (size == 1)
        {
            StreamReads.ReadExactly(stream, header[8..16], $"MP4 '{type}' box header");
            var large = BinaryPrimitives.ReadUInt64BigEndian(header[8..]);
            if (large > (ulong)(long.MaxValue - at)) throw new TagReadException($"corrupt MP4: '{type}' box at offset {at} says it is {large} bytes long");
            size = (long)large;
            headerLength = 16;
        }
        else if (size == 0)
        {
            size = end - at;
        }
        if (size < headerLength) throw new TagReadException($"corrupt MP4: '{type}' box at offset {at} says it is {size} bytes long");
        return new Mp4Box(type, at, headerLength, size);
    }

    /// <summary>Reads the payload of a small box (a header box, one tag item); larger payloads are refused with a clear error.</summary>
    public byte[] ReadPayload(Stream stream, int maxLength)
    {
        if (PayloadLength > maxLength) throw new TagReadException($"corrupt MP4: '{Type}' box at offset {Start} is implausibly large ({PayloadLength} bytes)");
        stream.Position = PayloadStart;
        return StreamReads.ReadBytes(stream, PayloadLength, $"MP4 '{Type}' box");
    }

    /// <summary>The child boxes inside an in-memory payload, as (type, payload offset, payload length).</summary>
    public static List<(string Type, int Offset, int Length)> ChildrenOf(ReadOnlySpan<byte> payload, string parent)
    {
        var children = new List<(string, int, int)>();
        for (var at = 0; payload.Length - at >= 8;)
        {
            var size = BinaryPrimitives.ReadUInt32BigEndian(payload[at..]);
            var type = Encoding.Latin1.GetString(payload.Slice(at + 4, 4));
            if (size == 0) size = (uint)(payload.Length - at);
            if (size < 8 || size > payload.Length - at)
                throw new TagReadException($"corrupt MP4: '{type}' box inside '{parent}' says {size} bytes, {payload.Length - at} are left");
            children.Add((type, at + 8, (int)size - 8));
            at += (int)size;
        }
        return children;
    }
}

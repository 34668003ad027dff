using System.Buffers.Binary;

namespace MediaSuite.Infrastructure.Tags.Binary;

/// <summary>
/// Reads that turn a short read into a <see cref="TagReadException"/> naming what was cut off, so a
/// damaged file never surfaces as EndOfStreamException or IndexOutOfRange.
/// </summary>
internal static class StreamReads
{
    public static void ReadExactly(Stream stream, Span<byte> buffer, string what)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer[total..]);
            if (read == 0) throw new TagReadException($"truncated {what}: expected {buffer.Length} bytes, found {total}");
            total += read;
        }
    }

    public static byte[] ReadBytes(Stream stream, long count, string what)
    {
        if (count > Array.MaxLength) throw new TagReadException($"{what} is implausibly large ({count} bytes)");
        var bytes = new byte[count];
        ReadExactly(stream, bytes, what);
        return bytes;
    }

    public static uint ReadUInt32LittleEndian(Stream stream, string what)
    {
        Span<byte> bytes = stackalloc byte[4];
        ReadExactly(stream, bytes, what);
        return BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }

    public static uint ReadUInt32BigEndian(Stream stream, string what)
    {
        Span<byte> bytes = stackalloc byte[4];
        ReadExactly(stream, bytes, what);
        return BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    /// <summary>Moves forward without reading when the stream allows it; throws when fewer than <paramref name="count"/> bytes remain.</summary>
    public static void Skip(Stream stream, long count, string what)
    {
        if (count <= 0) return;
        if (stream is ISkippableStream skippable)
        {
            var skipped = skippable.SkipForward(count);
            if (skipped < count) throw new TagReadException($"truncated {what}: expected {count} bytes, found {skipped}");
            return;
        }
        if (stream.CanSeek)
        {
            var left = stream.Length - stream.Position;
            if (left < count) throw new TagReadException($"truncated {what}: expected {count} bytes, found {left}");
            stream.Seek(count, SeekOrigin.Current);
            return;
        }
        Span<byte> scratch = stackalloc byte[4096];
        for (var left = count; left > 0;)
        {
            var read = stream.Read(scratch[..(int)Math.Min(scratch.Length, left)]);
            if (read == 0) throw new TagReadException($"truncated {what}: expected {count} bytes, found {count - left}");
            left -= read;
        }
    }
}

/// <summary>A stream over part of a file (one metadata block, one packet) that can move forward without reading.</summary>
internal interface ISkippableStream
{
    /// <summary>Skips up to <paramref name="count"/> bytes and returns how many were skipped (fewer at the end of the part).</summary>
    long SkipForward(long count);
}

using System.Buffers.Binary;

namespace MediaSuite.Infrastructure.Tags.Riff;

/// <summary>One chunk of a RIFF (little-endian sizes) or IFF/AIFF (big-endian) file: a 4-character id and where its data lies.</summary>
public readonly record struct IffChunk(string Id, long DataStart, long Size)
{
    /// <summary>Chunks start on even offsets: an odd-sized chunk is followed by a pad byte.</summary>
    public long End => DataStart + Size + (Size & 1);

    /// <summary>
    /// The chunk header at <paramref name="position"/>; null when fewer than 8 bytes remain before
    /// <paramref name="end"/> or the id is not text (the end of the chunk list, or junk after it).
    /// </summary>
    public static IffChunk? ReadHeader(Stream stream, long position, long end, bool bigEndian)
    {
        if (position + 8 > end) return null;
        Span<byte> header = stackalloc byte[8];
        stream.Position = position;
        if (stream.ReadAtLeast(header, 8, throwOnEndOfStream: false) < 8 || !IsChunkId(header[..4])) return null;
        var size = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(header[4..]) : BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        return new IffChunk(System.Text.Encoding.ASCII.GetString(header[..4]), position + 8, size);
    }

    /// <summary>Reads a chunk's data, or its first <paramref name="maxLength"/> bytes; fewer when the file ends early.</summary>
    public byte[] ReadData(Stream stream, int maxLength)
    {
        var bytes = new byte[(int)Math.Min(Size, maxLength)];
        stream.Position = DataStart;
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return read == bytes.Length ? bytes : bytes[..read];
    }

    private static bool IsChunkId(ReadOnlySpan<byte> id)
    {
        foreach (var c in id)
            if (c is < 0x20 or > 0x7E) return false;
        return true;
    }
}

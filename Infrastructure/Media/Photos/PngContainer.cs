using System.Buffers.Binary;
using System.Text;
using MetadataExtractor.Formats.Png;

namespace MediaSuite.Infrastructure.Media.Photos;

/// <summary>
/// PNG: reads the chunks before the image data, then the file's tail for any metadata after it,
/// and gives MetadataExtractor a small PNG made of the header and metadata chunks only. (Its own
/// PNG reader reads every chunk, IDAT included, so a 20 MB screenshot would be read whole; hopping
/// over a thousand IDAT chunks one seek at a time costs milliseconds.)
/// </summary>
internal static class PngContainer
{
    private const int MaxMetadataChunk = 16 << 20;
    private const int TailWindow = 64 << 10;
    private static readonly HashSet<string> MetadataChunks = ["IHDR", "eXIf", "iTXt", "zTXt", "tEXt", "tIME"];
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] End = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    public static PhotoContainer Read(Stream stream)
    {
        StreamReading.Skip(stream, Signature.Length, "the PNG signature");
        using var metadata = new MemoryStream();
        metadata.Write(Signature);
        int? width = null, height = null;
        var tailRead = false;
        while (true)
        {
            var chunkStart = stream.Position;
            var header = StreamReading.ReadBytes(stream, 8, "a chunk header (the file ends before IEND)");
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = Encoding.ASCII.GetString(header, 4, 4);
            if (width is null && type != "IHDR") throw new CorruptPhotoException($"the first chunk is '{type}', not IHDR");
            if (type == "IEND") break;
            if (type == "IDAT" && !tailRead)
            {
                tailRead = true;
                if (ReadTail(stream, chunkStart, metadata)) break;
                stream.Position = chunkStart + 8;
            }
            if (!MetadataChunks.Contains(type) || (type != "IHDR" && length > MaxMetadataChunk))
            {
                StreamReading.Skip(stream, length + 4L, $"chunk '{type}'");
                continue;
            }
            var body = StreamReading.ReadBytes(stream, length + 4L, $"chunk '{type}'");
            if (type == "IHDR")
            {
                if (length < 8) throw new CorruptPhotoException($"the IHDR chunk has {length} bytes, it needs 13");
                width = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(body), int.MaxValue);
                height = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(4)), int.MaxValue);
            }
            metadata.Write(header);
            metadata.Write(body);
        }
        metadata.Write(End);
        metadata.Position = 0;
        var directories = PngMetadataReader.ReadMetadata(metadata);
        if (width is not > 0 || height is not > 0) throw new CorruptPhotoException($"IHDR gives a size of {width}×{height}");
        return new PhotoContainer("png", directories) { Width = width, Height = height };
    }

    /// <summary>
    /// Reads the last 64 KB and finds where whole chunks start in it: the first offset from which a
    /// chain of chunks (the first with a valid CRC) runs exactly to the IEND that ends the file. Copies the metadata
    /// chunks of that chain. False when the file does not end in IEND (truncated, or trailing bytes)
    /// or no chain fits the window; the caller then walks chunk by chunk.
    /// </summary>
    private static bool ReadTail(Stream stream, long firstImageChunk, MemoryStream metadata)
    {
        var start = Math.Max(firstImageChunk, stream.Length - TailWindow);
        stream.Position = start;
        var tail = new byte[stream.Length - start];
        stream.ReadExactly(tail);
        if (ChainStart(tail) is not { } offset) return false;
        for (var position = offset; position < tail.Length - End.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(tail.AsSpan(position));
            var type = Encoding.ASCII.GetString(tail, position + 4, 4);
            if (MetadataChunks.Contains(type) && type != "IHDR") metadata.Write(tail, position, 12 + length);
            position += 12 + length;
        }
        return true;
    }

    /// <summary>The first offset in the tail from which whole chunks run exactly to the IEND that ends it.</summary>
    internal static int? ChainStart(byte[] tail)
    {
        if (!tail.AsSpan().EndsWith(End)) return null;
        for (var offset = 0; offset <= tail.Length - End.Length; offset++)
            if (IsChainToEnd(tail, offset)) return offset;
        return null;
    }

    /// <summary>
    /// Exact hops from chunk to chunk ending at the final IEND. The first chunk's CRC must match as
    /// well: image data can look like a chunk header by chance, but not with a valid CRC.
    /// </summary>
    private static bool IsChainToEnd(byte[] tail, int position)
    {
        for (var first = true; position + 12 <= tail.Length; first = false)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(tail.AsSpan(position));
            if (length > tail.Length - position - 12) return false;
            var typeAndData = tail.AsSpan(position + 4, 4 + (int)length);
            foreach (var letter in typeAndData[..4])
                if (!char.IsAsciiLetter((char)letter)) return false;
            if (first && Crc32.Compute(typeAndData) != BinaryPrimitives.ReadUInt32BigEndian(tail.AsSpan(position + 8 + (int)length))) return false;
            position += 12 + (int)length;
            if (typeAndData[..4].SequenceEqual("IEND"u8)) return position == tail.Length;
        }
        return false;
    }
}

using System.Buffers.Binary;

namespace MediaSuite.Tests.Infrastructure.Tags.Ogg;

/// <summary>Builds Ogg pages byte by byte (with a checksum computed here, independently of the reader).</summary>
public static class OggBytes
{
    public const byte Continued = 1, BeginningOfStream = 2, EndOfStream = 4;

    /// <summary>A page holding <paramref name="parts"/>: each a packet piece and whether the packet ends on this page.</summary>
    public static byte[] Page(uint serial, int sequence, byte flags, long granule, params (byte[] Bytes, bool Ends)[] parts)
    {
        var lacing = new List<byte>();
        foreach (var (bytes, ends) in parts)
        {
            if (!ends && bytes.Length % 255 != 0) throw new ArgumentException("a piece that goes on to the next page must be a multiple of 255 bytes");
            lacing.AddRange(Enumerable.Repeat((byte)255, bytes.Length / 255));
            if (ends) lacing.Add((byte)(bytes.Length % 255));
        }
        var page = new byte[27 + lacing.Count + parts.Sum(p => p.Bytes.Length)];
        "OggS"u8.CopyTo(page);
        page[5] = flags;
        BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(6), granule);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(14), serial);
        BinaryPrimitives.WriteInt32LittleEndian(page.AsSpan(18), sequence);
        page[26] = (byte)lacing.Count;
        lacing.ToArray().CopyTo(page, 27);
        var at = 27 + lacing.Count;
        foreach (var (bytes, _) in parts)
        {
            bytes.CopyTo(page, at);
            at += bytes.Length;
        }
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(22), Crc(page));
        return page;
    }

    public static byte[] VorbisIdentification(int channels, int sampleRate, int nominalBitrate)
    {
        var packet = new byte[30];
        "\u0001vorbis"u8.CopyTo(packet);
        packet[11] = (byte)channels;
        BinaryPrimitives.WriteInt32LittleEndian(packet.AsSpan(12), sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(packet.AsSpan(20), nominalBitrate);
        packet[28] = 0xB8;
        packet[29] = 1;
        return packet;
    }

    public static byte[] VorbisCommentPacket(byte[] commentBlock) => [.. "\u0003vorbis"u8, .. commentBlock, 1];

    private static uint Crc(byte[] page)
    {
        uint crc = 0;
        foreach (var value in page)
        {
            crc ^= (uint)value << 24;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
        }
        return crc;
    }
}

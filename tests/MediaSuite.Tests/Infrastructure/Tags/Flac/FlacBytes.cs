using System.Buffers.Binary;

namespace MediaSuite.Tests.Infrastructure.Tags.Flac;

/// <summary>Builds minimal native FLAC files byte by byte: "fLaC", metadata blocks, a few bytes standing in for audio frames.</summary>
public static class FlacBytes
{
    public static byte[] StreamInfo(int sampleRate, int channels, int bitsPerSample, long totalSamples)
    {
        var block = new byte[34];
        BinaryPrimitives.WriteUInt16BigEndian(block, 4096);
        BinaryPrimitives.WriteUInt16BigEndian(block.AsSpan(2), 4096);
        var packed = ((ulong)sampleRate << 44) | ((ulong)(channels - 1) << 41) | ((ulong)(bitsPerSample - 1) << 36) | (ulong)totalSamples;
        BinaryPrimitives.WriteUInt64BigEndian(block.AsSpan(10), packed);
        return block;
    }

    /// <summary>A FLAC file from (type, body) blocks; the last one gets the last-block flag.</summary>
    public static byte[] File(params (int Type, byte[] Body)[] blocks)
    {
        var output = new MemoryStream();
        output.Write("fLaC"u8);
        for (var i = 0; i < blocks.Length; i++)
        {
            var (type, body) = blocks[i];
            output.WriteByte((byte)(type | (i == blocks.Length - 1 ? 0x80 : 0)));
            output.Write([(byte)(body.Length >> 16), (byte)(body.Length >> 8), (byte)body.Length]);
            output.Write(body);
        }
        output.Write(new byte[1000]);
        return output.ToArray();
    }

    /// <summary>An ID3v2.4 tag of <paramref name="size"/> bytes of padding, as some taggers put in front of FLAC.</summary>
    public static byte[] Id3v2Tag(int size) =>
        [(byte)'I', (byte)'D', (byte)'3', 4, 0, 0, (byte)((size >> 21) & 0x7F), (byte)((size >> 14) & 0x7F), (byte)((size >> 7) & 0x7F), (byte)(size & 0x7F), .. new byte[size]];
}

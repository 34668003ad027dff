using System.Buffers.Binary;

namespace MediaSuite.Infrastructure.Tags.Mp4;

/// <summary>
/// The DecoderConfigDescriptor inside an "esds" box (MPEG-4 Systems): object type (0x40 = MPEG-4
/// audio, 0x66-0x68 MPEG-2 AAC, 0x69/0x6B MP3) and the average bitrate. A malformed descriptor
/// yields null: the file's tags are still worth reading.
/// </summary>
internal sealed record EsdsDecoderConfig(int ObjectType, long AverageBitrate)
{
    private const byte EsDescriptorTag = 0x03, DecoderConfigTag = 0x04;

    /// <param name="esds">The esds payload: version/flags, then descriptors.</param>
    public static EsdsDecoderConfig? Parse(ReadOnlySpan<byte> esds)
    {
        var at = 4;
        if (!TryReadDescriptor(esds, ref at, out var tag)) return null;
        if (tag == EsDescriptorTag)
        {
            // ES_ID, then flags saying which optional fields follow.
            if (at + 3 > esds.Length) return null;
            var flags = esds[at + 2];
            at += 3;
            if ((flags & 0x80) != 0) at += 2;
            if ((flags & 0x40) != 0) at += at < esds.Length ? 1 + esds[at] : 1;
            if ((flags & 0x20) != 0) at += 2;
            if (!TryReadDescriptor(esds, ref at, out tag)) return null;
        }
        if (tag != DecoderConfigTag || at + 13 > esds.Length) return null;
        return new EsdsDecoderConfig(esds[at], BinaryPrimitives.ReadUInt32BigEndian(esds[(at + 9)..]));
    }

    /// <summary>A descriptor tag, then a length of 1-4 bytes with 7 bits each (the high bit says another byte follows).</summary>
    private static bool TryReadDescriptor(ReadOnlySpan<byte> data, ref int at, out byte tag)
    {
        tag = 0;
        if (at >= data.Length) return false;
        tag = data[at++];
        for (var i = 0; i < 4; i++)
        {
            if (at >= data.Length) return false;
            if ((data[at++] & 0x80) == 0) return true;
        }
        return true;
    }
}

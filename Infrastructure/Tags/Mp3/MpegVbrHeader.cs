using System.Buffers.Binary;

namespace MediaSuite.Infrastructure.Tags.Mp3;

/// <summary>
/// What the first frame says about the whole stream: a Xing ("Xing" for VBR, "Info" for CBR) header,
/// optionally followed by a LAME extension with the encoder delay and padding, or a Fraunhofer VBRI header.
/// </summary>
public sealed record MpegVbrHeader(string Kind, long? Frames, long? Bytes, int EncoderDelay, int EncoderPadding)
{
    public bool IsConstantBitrate => Kind == "Info";

    /// <summary>Null when the frame carries neither header.</summary>
    public static MpegVbrHeader? TryParse(ReadOnlySpan<byte> frame, MpegFrameHeader header)
    {
        var xing = header.XingOffset;
        if (frame.Length >= xing + 8 && (frame.Slice(xing, 4).SequenceEqual("Xing"u8) || frame.Slice(xing, 4).SequenceEqual("Info"u8)))
            return ParseXing(frame[xing..], header);
        const int vbri = 36;
        if (frame.Length >= vbri + 18 && frame.Slice(vbri, 4).SequenceEqual("VBRI"u8))
            return new MpegVbrHeader("VBRI",
                BinaryPrimitives.ReadUInt32BigEndian(frame.Slice(vbri + 14, 4)),
                BinaryPrimitives.ReadUInt32BigEndian(frame.Slice(vbri + 10, 4)), 0, 0);
        return null;
    }

    private static MpegVbrHeader ParseXing(ReadOnlySpan<byte> data, MpegFrameHeader header)
    {
        var kind = System.Text.Encoding.ASCII.GetString(data[..4]);
        var flags = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(4, 4));
        var offset = 8;
        long? frames = null, bytes = null;
        if ((flags & 1) != 0 && TryReadUInt32(data, ref offset, out var f)) frames = f;
        if ((flags & 2) != 0 && TryReadUInt32(data, ref offset, out var b)) bytes = b;
        if ((flags & 4) != 0) offset += 100;
        if ((flags & 8) != 0) offset += 4;
        var (delay, padding) = ReadEncoderGap(data, offset, header);
        return new MpegVbrHeader(kind, frames > 0 ? frames : null, bytes > 0 ? bytes : null, delay, padding);
    }

    /// <summary>
    /// LAME (and ffmpeg's "Lavc"/"Lavf") put a 9-byte encoder name after the Xing fields; 21 bytes
    /// in are two 12-bit counts of silent samples the encoder added at the start and the end.
    /// </summary>
    private static (int Delay, int Padding) ReadEncoderGap(ReadOnlySpan<byte> data, int offset, MpegFrameHeader header)
    {
        if (offset + 24 > data.Length) return (0, 0);
        var encoder = data.Slice(offset, 4);
        if (!(encoder.SequenceEqual("LAME"u8) || encoder.SequenceEqual("Lavc"u8) || encoder.SequenceEqual("Lavf"u8) || encoder.SequenceEqual("L3.9"u8)))
            return (0, 0);
        var gap = data.Slice(offset + 21, 3);
        int delay = gap[0] << 4 | gap[1] >> 4, padding = (gap[1] & 0x0F) << 8 | gap[2];
        return delay + padding < 2 * header.SamplesPerFrame + 2000 ? (delay, padding) : (0, 0);
    }

    private static bool TryReadUInt32(ReadOnlySpan<byte> data, ref int offset, out uint value)
    {
        value = 0;
        if (offset + 4 > data.Length) return false;
        value = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(offset, 4));
        offset += 4;
        return true;
    }
}

using System.Buffers.Binary;

namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// Reads frame headers inside one tag. 2.4 frame sizes are syncsafe, but iTunes (and others) wrote
/// plain 32-bit sizes into 2.4 tags; a size is checked against where the next frame would start,
/// and once a tag proves to use plain sizes the rest of it is read that way.
/// </summary>
internal sealed class Id3v2FrameWalker(Stream source, byte major, long end)
{
    private bool _syncsafe = major == 4;

    public bool TryReadHeader(long position, out Id3v2FrameHeader frame)
    {
        frame = default;
        var length = Id3v2FrameHeader.LengthFor(major);
        if (position + length > end) return false;
        Span<byte> bytes = stackalloc byte[10];
        bytes = bytes[..length];
        source.Position = position;
        if (source.ReadAtLeast(bytes, length, throwOnEndOfStream: false) < length) return false;
        if (major == 4 && _syncsafe && !SyncsafeSizeFits(bytes[4..8], position + length)) _syncsafe = false;
        return Id3v2FrameHeader.TryParse(bytes, major, _syncsafe, out frame);
    }

    private bool SyncsafeSizeFits(ReadOnlySpan<byte> size, long dataStart)
    {
        if (((size[0] | size[1] | size[2] | size[3]) & 0x80) != 0) return false;
        long syncsafe = Id3v2Header.Syncsafe(size), plain = BinaryPrimitives.ReadUInt32BigEndian(size);
        if (syncsafe == plain) return true;
        long syncsafeNext = dataStart + syncsafe, plainNext = dataStart + plain;
        if (syncsafeNext == end || FrameIdAt(syncsafeNext)) return true;
        if (plainNext == end || FrameIdAt(plainNext)) return false;
        return !(ZerosAt(plainNext) && !ZerosAt(syncsafeNext));
    }

    private bool FrameIdAt(long position) => Peek(position, out var bytes) && Id3v2FrameHeader.IsFrameId(bytes);

    private bool ZerosAt(long position) => Peek(position, out var bytes) && BinaryPrimitives.ReadUInt32BigEndian(bytes) == 0;

    private bool Peek(long position, out byte[] bytes)
    {
        bytes = new byte[4];
        if (position + 4 > end) return false;
        source.Position = position;
        return source.ReadAtLeast(bytes, 4, throwOnEndOfStream: false) == 4;
    }
}

using System.Buffers.Binary;

namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// One frame header: 6 bytes in 2.2 (3-character id, 24-bit size), 10 in 2.3 (32-bit size, two flag
/// bytes) and 2.4 (syncsafe size, different flag bits). <see cref="Id"/> is always the 2.3/2.4 name.
/// </summary>
internal readonly record struct Id3v2FrameHeader(string Id, int Size, int HeaderLength, byte FormatFlags)
{
    public static int LengthFor(byte major) => major == 2 ? 6 : 10;

    /// <summary>False at padding or at bytes that are no frame id (the tag's usable part ends there).</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, byte major, bool syncsafeSize, out Id3v2FrameHeader header)
    {
        header = default;
        var idLength = major == 2 ? 3 : 4;
        if (bytes.Length < LengthFor(major) || !IsFrameId(bytes[..idLength])) return false;
        var rawId = System.Text.Encoding.ASCII.GetString(bytes[..idLength]);
        if (major == 2)
        {
            var size22 = bytes[3] << 16 | bytes[4] << 8 | bytes[5];
            header = new Id3v2FrameHeader(Id3v2FrameIds.FromV22(rawId), size22, 6, 0);
            return true;
        }
        var size = syncsafeSize ? Id3v2Header.Syncsafe(bytes[4..8]) : BinaryPrimitives.ReadInt32BigEndian(bytes[4..8]);
        if (size < 0) return false;
        header = new Id3v2FrameHeader(rawId, size, 10, bytes[9]);
        return true;
    }

    /// <summary>Upper-case letters and digits only; anything else means padding, junk or a misread size.</summary>
    public static bool IsFrameId(ReadOnlySpan<byte> id)
    {
        foreach (var c in id)
            if (c is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9'))) return false;
        return true;
    }
}

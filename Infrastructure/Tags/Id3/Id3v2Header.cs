namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>The 10-byte header that opens every ID3v2 tag (2.2, 2.3 and 2.4).</summary>
public readonly record struct Id3v2Header(byte Major, byte Revision, byte Flags, int Size)
{
    public const int Length = 10;

    public bool Unsynchronised => (Flags & 0x80) != 0;

    public bool HasExtendedHeader => Major >= 3 && (Flags & 0x40) != 0;

    /// <summary>Version 2.2 used this bit for a compression scheme that was never defined, so such a tag cannot be read.</summary>
    public bool UsesUndefinedCompression => Major == 2 && (Flags & 0x40) != 0;

    public bool HasFooter => Major >= 4 && (Flags & 0x10) != 0;

    /// <summary>Header, frames, padding and footer: where the next thing in the file starts.</summary>
    public long TotalLength => Length + (long)Size + (HasFooter ? Length : 0);

    public static bool TryParse(ReadOnlySpan<byte> bytes, out Id3v2Header header)
    {
        header = default;
        if (bytes.Length < Length || bytes[0] != 'I' || bytes[1] != 'D' || bytes[2] != '3') return false;
        if (bytes[3] is < 2 or > 4 || bytes[4] == 0xFF) return false;
        if (((bytes[6] | bytes[7] | bytes[8] | bytes[9]) & 0x80) != 0) return false;
        header = new Id3v2Header(bytes[3], bytes[4], bytes[5], Syncsafe(bytes[6..10]));
        return true;
    }

    /// <summary>Seven significant bits per byte, so a size never contains a false MPEG sync.</summary>
    public static int Syncsafe(ReadOnlySpan<byte> bytes) =>
        (bytes[0] & 0x7F) << 21 | (bytes[1] & 0x7F) << 14 | (bytes[2] & 0x7F) << 7 | (bytes[3] & 0x7F);

    /// <summary>Removes the 0x00 that unsynchronisation inserts after every 0xFF; returns the new length.</summary>
    public static int RemoveUnsynchronisation(Span<byte> data)
    {
        var write = 0;
        for (var read = 0; read < data.Length; read++)
        {
            data[write++] = data[read];
            if (data[read] == 0xFF && read + 1 < data.Length && data[read + 1] == 0x00) read++;
        }
        return write;
    }
}

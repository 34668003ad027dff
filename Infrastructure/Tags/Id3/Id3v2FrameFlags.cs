namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// The format flags of a frame and how many bytes they add before the frame's data. 2.3: compression
/// (4-byte inflated size), encryption (method byte), grouping (group byte). 2.4: grouping, compression,
/// encryption, unsynchronisation and a 4-byte data length indicator, in different bits.
/// </summary>
internal readonly record struct Id3v2FrameFlags(bool Compressed, bool Encrypted, bool Unsynchronised, int ExtraBytes)
{
    public static Id3v2FrameFlags Of(byte formatFlags, byte major, bool unsyncByTag)
    {
        switch (major)
        {
            case 3:
            {
                bool compressed = (formatFlags & 0x80) != 0, encrypted = (formatFlags & 0x40) != 0, grouped = (formatFlags & 0x20) != 0;
                return new(compressed, encrypted, false, (compressed ? 4 : 0) + (encrypted ? 1 : 0) + (grouped ? 1 : 0));
            }
            case 4:
            {
                bool grouped = (formatFlags & 0x40) != 0, compressed = (formatFlags & 0x08) != 0, encrypted = (formatFlags & 0x04) != 0;
                bool unsync = unsyncByTag || (formatFlags & 0x02) != 0, lengthIndicator = (formatFlags & 0x01) != 0;
                return new(compressed, encrypted, unsync, (grouped ? 1 : 0) + (encrypted ? 1 : 0) + (lengthIndicator ? 4 : 0));
            }
            default:
                return default;
        }
    }
}

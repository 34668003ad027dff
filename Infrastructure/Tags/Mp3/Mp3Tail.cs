using System.Buffers.Binary;
using MediaSuite.Infrastructure.Tags.Id3;

namespace MediaSuite.Infrastructure.Tags.Mp3;

/// <summary>
/// The end of an MP3 file: an optional ID3v1 tag (last 128 bytes) and, before it, an optional APEv2
/// tag. Both are read with one small read; the audio stops where they begin.
/// </summary>
public sealed record Mp3Tail(Id3v1Tag? Id3v1, long AudioEnd)
{
    private const int ApeFooterLength = 32;

    public static Mp3Tail Read(Stream stream, long fileLength)
    {
        var length = (int)Math.Min(fileLength, Id3v1Tag.Length + ApeFooterLength);
        var tail = new byte[length];
        stream.Position = fileLength - length;
        stream.ReadExactly(tail);
        var id3v1 = length >= Id3v1Tag.Length ? Id3v1Tag.TryParse(tail.AsSpan(length - Id3v1Tag.Length)) : null;
        var audioEnd = fileLength - (id3v1 is null ? 0 : Id3v1Tag.Length);
        var footerAt = (int)(audioEnd - (fileLength - length)) - ApeFooterLength;
        if (footerAt >= 0 && tail.AsSpan(footerAt, 8).SequenceEqual("APETAGEX"u8))
        {
            var footer = tail.AsSpan(footerAt, ApeFooterLength);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(footer[12..]);
            var hasHeader = (BinaryPrimitives.ReadUInt32LittleEndian(footer[20..]) & 0x80000000) != 0;
            var apeLength = size + (hasHeader ? ApeFooterLength : 0);
            if (apeLength <= audioEnd) audioEnd -= apeLength;
        }
        return new Mp3Tail(id3v1, audioEnd);
    }
}

using System.Text;

namespace MediaSuite.Tests.Infrastructure.Tags;

/// <summary>Byte-level files for edge cases ffmpeg will not write: tags around a few silent MPEG frames.</summary>
public static class HandBuiltAudio
{
    /// <summary>MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, joint stereo, no padding: 417 bytes per frame.</summary>
    public static readonly byte[] FrameHeader = [0xFF, 0xFB, 0x90, 0x44];
    public const int FrameLength = 417;

    public static byte[] Mp3(byte[]? before = null, int frames = 20, byte[]? after = null)
    {
        var output = new List<byte>(before ?? []);
        for (var i = 0; i < frames; i++)
        {
            output.AddRange(FrameHeader);
            output.AddRange(new byte[FrameLength - FrameHeader.Length]);
        }
        output.AddRange(after ?? []);
        return output.ToArray();
    }

    public static byte[] Id3v1(string title, string artist, string album, string year, string comment, byte? track, byte genre)
    {
        var tag = new byte[128];
        "TAG"u8.CopyTo(tag);
        Put(tag, 3, 30, title);
        Put(tag, 33, 30, artist);
        Put(tag, 63, 30, album);
        Put(tag, 93, 4, year);
        Put(tag, 97, track is null ? 30 : 28, comment);
        if (track is not null) tag[126] = track.Value;
        tag[127] = genre;
        return tag;
    }

    private static void Put(byte[] tag, int offset, int length, string text) =>
        Encoding.Latin1.GetBytes(text).AsSpan(0, Math.Min(length, text.Length)).CopyTo(tag.AsSpan(offset, length));
}

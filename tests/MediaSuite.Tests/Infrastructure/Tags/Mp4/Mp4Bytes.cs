using System.Buffers.Binary;
using System.Text;

namespace MediaSuite.Tests.Infrastructure.Tags.Mp4;

/// <summary>Builds MP4 boxes byte by byte: enough of moov for an audio track, and iTunes ilst items.</summary>
public static class Mp4Bytes
{
    public static byte[] Box(string type, params byte[][] content)
    {
        var length = 8 + content.Sum(c => c.Length);
        return [.. U32(length), .. Encoding.Latin1.GetBytes(type), .. content.SelectMany(c => c)];
    }

    public static byte[] FullBox(string type, params byte[][] content) => Box(type, [[0, 0, 0, 0], .. content]);

    public static byte[] U32(long value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)value);
        return bytes;
    }

    public static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];

    public static byte[] Ftyp() => Box("ftyp", "M4A "u8.ToArray(), U32(0), "M4A mp42isom"u8.ToArray());

    /// <summary>A moov with one sound track: AAC in an mp4a entry with an esds, plus the given udta content.</summary>
    public static byte[] Moov(int timescale, long duration, int sampleRate, int channels, int averageBitrate, params byte[][] udta)
    {
        var mvhd = FullBox("mvhd", U32(0), U32(0), U32(timescale), U32(duration), new byte[80]);
        var trak = SoundTrack(sampleRate, duration * sampleRate / timescale, channels, averageBitrate);
        return udta.Length == 0 ? Box("moov", mvhd, trak) : Box("moov", mvhd, trak, Box("udta", udta));
    }

    /// <summary>A version-1 mvhd: 64-bit times and duration.</summary>
    public static byte[] MvhdVersion1(int timescale, long duration)
    {
        var duration64 = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(duration64, duration);
        return Box("mvhd", [1, 0, 0, 0], new byte[16], U32(timescale), duration64, new byte[80]);
    }

    public static byte[] SoundTrack(int sampleRate, long samples, int channels, int averageBitrate)
    {
        var mdhd = FullBox("mdhd", U32(0), U32(0), U32(sampleRate), U32(samples), U16(0x55C4), U16(0));
        var hdlr = FullBox("hdlr", U32(0), "soun"u8.ToArray(), new byte[12], [0]);
        var stsd = FullBox("stsd", U32(1), Mp4aEntry(sampleRate, channels, averageBitrate));
        return Box("trak", Box("mdia", mdhd, hdlr, Box("minf", Box("stbl", stsd, FullBox("stts", U32(0))))));
    }

    public static byte[] Mp4aEntry(int sampleRate, int channels, int averageBitrate)
    {
        byte[] decoderConfig = [0x40, 0x15, 0, 0, 0, .. U32(averageBitrate), .. U32(averageBitrate), 0x05, 2, 0x12, 0x10];
        byte[] esDescriptor = [0, 1, 0, 0x04, (byte)decoderConfig.Length, .. decoderConfig, 0x06, 1, 2];
        var esds = FullBox("esds", [0x03, 0x80, 0x80, 0x80, (byte)esDescriptor.Length], esDescriptor);
        return Box("mp4a", new byte[6], U16(1), new byte[8], U16(channels), U16(16), U16(0), U16(0), U32((long)sampleRate << 16), esds);
    }

    public static byte[] Meta(bool withVersionAndFlags, params byte[][] items)
    {
        var hdlr = FullBox("hdlr", U32(0), "mdir"u8.ToArray(), "appl"u8.ToArray(), new byte[9]);
        var ilst = Box("ilst", items);
        return withVersionAndFlags ? FullBox("meta", hdlr, ilst) : Box("meta", hdlr, ilst);
    }

    public static byte[] Data(int type, byte[] value) => Box("data", U32(type), U32(0), value);

    public static byte[] Text(string item, params string[] values) =>
        Box(item, [.. values.Select(v => Data(1, Encoding.UTF8.GetBytes(v)))]);

    public static byte[] Freeform(string name, string value) => Box("----",
        FullBox("mean", "com.apple.iTunes"u8.ToArray()), FullBox("name", Encoding.UTF8.GetBytes(name)), Data(1, Encoding.UTF8.GetBytes(value)));

    public static byte[] Mdat(int payloadLength) => Box("mdat", new byte[payloadLength]);

    /// <summary>An mdat whose size field is 0: it runs to the end of the file.</summary>
    public static byte[] MdatToEnd(int payloadLength) => [.. U32(0), .. "mdat"u8, .. new byte[payloadLength]];

    /// <summary>An mdat header with the 64-bit "largesize" form.</summary>
    public static byte[] LargeMdat(int payloadLength) => [.. U32(1), .. "mdat"u8, .. U32(0), .. U32(16 + payloadLength), .. new byte[payloadLength]];
}

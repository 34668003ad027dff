using System.Buffers.Binary;
using System.Text;

namespace MediaSuite.Tests.Infrastructure.Tags.Id3;

/// <summary>Builds ID3v2 tags byte by byte, including the odd corners (unsynchronisation, extended headers, plain 2.4 sizes).</summary>
public sealed class Id3TagBuilder(byte major)
{
    private readonly List<byte> _frames = [];

    public Id3TagBuilder Frame(string id, byte[] body, byte formatFlags = 0, bool plainSize = false)
    {
        _frames.AddRange(Encoding.ASCII.GetBytes(id));
        if (major == 2)
        {
            _frames.AddRange([(byte)(body.Length >> 16), (byte)(body.Length >> 8), (byte)body.Length]);
        }
        else
        {
            var size = new byte[4];
            if (major == 4 && !plainSize) Syncsafe(body.Length, size);
            else BinaryPrimitives.WriteInt32BigEndian(size, body.Length);
            _frames.AddRange(size);
            _frames.AddRange([0, formatFlags]);
        }
        _frames.AddRange(body);
        return this;
    }

    /// <summary>A text frame; several values are separated by the encoding's terminator (2.4 multi-value).</summary>
    public Id3TagBuilder Text(string id, byte encoding, params string[] values) =>
        Frame(id, [encoding, .. Join(encoding, values)]);

    public Id3TagBuilder Text(string id, string value) => Text(id, major == 4 ? (byte)3 : (byte)0, value);

    public Id3TagBuilder UserText(string description, string value, byte encoding = 0) =>
        Frame(major == 2 ? "TXX" : "TXXX", [encoding, .. Encode(description, encoding), .. Terminator(encoding), .. Encode(value, encoding)]);

    /// <summary>COMM or USLT: encoding, language, description, text.</summary>
    public Id3TagBuilder DescribedText(string id, string description, string text, byte encoding = 0) =>
        Frame(id, [encoding, .. "eng"u8, .. Encode(description, encoding), .. Terminator(encoding), .. Encode(text, encoding)]);

    public Id3TagBuilder Picture(string mime, byte type, string description, byte[] data, byte encoding = 0) =>
        major == 2
            ? Frame("PIC", [encoding, .. Encoding.ASCII.GetBytes(mime), type, .. Encode(description, encoding), .. Terminator(encoding), .. data])
            : Frame("APIC", [encoding, .. Encoding.ASCII.GetBytes(mime), 0, type, .. Encode(description, encoding), .. Terminator(encoding), .. data]);

    public Id3TagBuilder SyncedLyrics(byte timestampFormat, params (uint Time, string Text)[] lines)
    {
        var body = new List<byte> { 0 };
        body.AddRange("eng"u8.ToArray());
        body.AddRange([timestampFormat, 1, 0]);
        foreach (var (time, text) in lines)
        {
            body.AddRange(Encode(text, 0));
            body.Add(0);
            var stamp = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(stamp, time);
            body.AddRange(stamp);
        }
        return Frame(major == 2 ? "SLT" : "SYLT", body.ToArray());
    }

    /// <summary>The whole tag; <paramref name="declaredSize"/> overrides the size in the header to fake damage.</summary>
    public byte[] Build(int padding = 0, bool unsynchronise = false, byte[]? extendedHeader = null, bool footer = false, int? declaredSize = null)
    {
        var body = new List<byte>(extendedHeader ?? []);
        body.AddRange(_frames);
        body.AddRange(new byte[padding]);
        var content = unsynchronise ? Unsynchronise(body) : body.ToArray();
        var flags = (byte)((unsynchronise ? 0x80 : 0) | (extendedHeader is null ? 0 : 0x40) | (footer ? 0x10 : 0));
        var size = new byte[4];
        Syncsafe(declaredSize ?? content.Length, size);
        byte[] header = [.. "ID3"u8, major, 0, flags, .. size];
        return footer ? [.. header, .. content, .. "3DI"u8, major, 0, flags, .. size] : [.. header, .. content];
    }

    public static byte[] Encode(string text, byte encoding) => encoding switch
    {
        0 => Encoding.Latin1.GetBytes(text),
        1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        2 => Encoding.BigEndianUnicode.GetBytes(text),
        _ => Encoding.UTF8.GetBytes(text),
    };

    public static byte[] Terminator(byte encoding) => encoding is 1 or 2 ? [0, 0] : [0];

    private static byte[] Join(byte encoding, string[] values) =>
        values.SelectMany((v, i) => i == 0 ? Encode(v, encoding) : [.. Terminator(encoding), .. Encode(v, encoding)]).ToArray();

    /// <summary>Inserts 0x00 after each 0xFF that precedes a byte ≥ 0xE0 or 0x00, or ends the data.</summary>
    public static byte[] Unsynchronise(IReadOnlyList<byte> data)
    {
        var output = new List<byte>(data.Count + 16);
        for (var i = 0; i < data.Count; i++)
        {
            output.Add(data[i]);
            if (data[i] == 0xFF && (i + 1 == data.Count || data[i + 1] >= 0xE0 || data[i + 1] == 0)) output.Add(0);
        }
        return output.ToArray();
    }

    public static void Syncsafe(int value, Span<byte> into)
    {
        into[0] = (byte)((value >> 21) & 0x7F);
        into[1] = (byte)((value >> 14) & 0x7F);
        into[2] = (byte)((value >> 7) & 0x7F);
        into[3] = (byte)(value & 0x7F);
    }
}

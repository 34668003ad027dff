using System.Text;

namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// The four ID3v2 text encodings: 0 ISO-8859-1, 1 UTF-16 with a byte-order mark, 2 UTF-16BE without
/// one (2.4), 3 UTF-8 (2.4). Strings are NUL-terminated (two zero bytes for UTF-16, on an even offset).
/// </summary>
internal static class Id3Text
{
    public static bool IsValidEncoding(byte encoding) => encoding <= 3;

    /// <summary>Reads one terminated string from <paramref name="offset"/> and moves past its terminator (or to the end).</summary>
    public static string ReadTerminated(ReadOnlySpan<byte> data, byte encoding, ref int offset)
    {
        var bigEndian = false;
        return ReadTerminated(data, encoding, ref offset, ref bigEndian);
    }

    /// <summary>Every string of a text frame body (after the encoding byte); 2.4 separates multiple values with NUL.</summary>
    public static List<string> ReadAll(ReadOnlySpan<byte> data, byte encoding)
    {
        var values = new List<string>();
        var offset = 0;
        var bigEndian = false;
        while (offset < data.Length)
        {
            var value = ReadTerminated(data, encoding, ref offset, ref bigEndian);
            if (value.Length > 0) values.Add(value);
        }
        return values;
    }

    // A UTF-16 string without its own byte-order mark keeps the order of the previous one: some
    // writers put a BOM only on the first value of a multi-value frame.
    private static string ReadTerminated(ReadOnlySpan<byte> data, byte encoding, ref int offset, ref bool bigEndian)
    {
        if (offset >= data.Length) return "";
        var rest = data[offset..];
        var wide = encoding is 1 or 2;
        var end = wide ? FindWideTerminator(rest) : rest.IndexOf((byte)0);
        var text = end < 0 ? rest : rest[..end];
        offset += end < 0 ? rest.Length : end + (wide ? 2 : 1);
        return encoding switch
        {
            0 => Encoding.Latin1.GetString(text),
            1 => DecodeUtf16(text, ref bigEndian),
            2 => Encoding.BigEndianUnicode.GetString(text[..(text.Length & ~1)]),
            _ => Encoding.UTF8.GetString(text.StartsWith(Utf8Bom) ? text[3..] : text),
        };
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> text, ref bool bigEndian)
    {
        if (text.Length >= 2 && text[0] == 0xFF && text[1] == 0xFE) { bigEndian = false; text = text[2..]; }
        else if (text.Length >= 2 && text[0] == 0xFE && text[1] == 0xFF) { bigEndian = true; text = text[2..]; }
        text = text[..(text.Length & ~1)];
        return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(text);
    }

    private static int FindWideTerminator(ReadOnlySpan<byte> data)
    {
        for (var i = 0; i + 1 < data.Length; i += 2)
            if (data[i] == 0 && data[i + 1] == 0) return i;
        return -1;
    }

    /// <summary>Text outside ID3v2 (ID3v1, RIFF INFO, AIFF chunks) has no declared encoding: UTF-8 when it is valid UTF-8, else Latin-1.</summary>
    public static string DecodeUndeclared(ReadOnlySpan<byte> data)
    {
        var end = data.IndexOf((byte)0);
        if (end >= 0) data = data[..end];
        try
        {
            return StrictUtf8.GetString(data).Trim();
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(data).Trim();
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}

namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// The part of an APIC (2.3/2.4) or PIC (2.2) frame before the image bytes. Parsed from a prefix of
/// the frame so a scan never has to read the image itself.
/// </summary>
internal sealed record Id3PictureHeader(string MimeType, int PictureType, string? Description, int Length)
{
    /// <summary>Null when the prefix ends before the header does, the encoding is unknown, or the picture is only a link.</summary>
    public static Id3PictureHeader? TryParse(ReadOnlySpan<byte> body, bool v22)
    {
        if (body.Length < 2 || !Id3Text.IsValidEncoding(body[0])) return null;
        var encoding = body[0];
        var offset = 1;
        string mime;
        if (v22)
        {
            if (body.Length < 5) return null;
            mime = MimeOfFormat(System.Text.Encoding.Latin1.GetString(body.Slice(1, 3)));
            offset = 4;
        }
        else
        {
            var end = body[1..].IndexOf((byte)0);
            if (end < 0) return null;
            mime = NormaliseMime(System.Text.Encoding.Latin1.GetString(body.Slice(1, end)));
            offset = 1 + end + 1;
        }
        if (mime == "-->" || offset >= body.Length) return null;
        var type = body[offset++];
        if (!ContainsTerminator(body[offset..], encoding)) return null;
        var description = Id3Text.ReadTerminated(body, encoding, ref offset);
        return new Id3PictureHeader(mime, type, description.Length > 0 ? description : null, offset);
    }

    /// <summary>The declared type, or one recognised from the first image bytes when the writer left it out.</summary>
    public Id3PictureHeader WithSniffedMime(ReadOnlySpan<byte> imageStart)
    {
        if (MimeType.StartsWith("image/", StringComparison.Ordinal) && MimeType.Length > 6) return this;
        var sniffed = imageStart switch
        {
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
            [(byte)'G', (byte)'I', (byte)'F', ..] => "image/gif",
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
            _ => null,
        };
        return sniffed is null ? this : this with { MimeType = sniffed };
    }

    private static bool ContainsTerminator(ReadOnlySpan<byte> data, byte encoding)
    {
        if (encoding is 0 or 3) return data.IndexOf((byte)0) >= 0;
        for (var i = 0; i + 1 < data.Length; i += 2)
            if (data[i] == 0 && data[i + 1] == 0) return true;
        return false;
    }

    private static string MimeOfFormat(string format) => format.ToUpperInvariant() switch
    {
        "JPG" or "JPE" => "image/jpeg",
        "PNG" => "image/png",
        "GIF" => "image/gif",
        "BMP" => "image/bmp",
        "-->" => "-->",
        var other => "image/" + other.Trim().ToLowerInvariant(),
    };

    private static string NormaliseMime(string mime)
    {
        var value = mime.Trim().ToLowerInvariant();
        return value switch
        {
            "image/jpg" or "jpg" or "jpeg" => "image/jpeg",
            "png" => "image/png",
            _ => value,
        };
    }
}

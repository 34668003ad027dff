using System.Buffers.Binary;
using MediaSuite.Infrastructure.Tags.Id3;

namespace MediaSuite.Infrastructure.Tags.Riff;

/// <summary>
/// A RIFF "LIST" chunk of type "INFO": sub-chunks of NUL-terminated text (INAM title, IART artist,
/// IPRD album ...). The encoding is not declared; UTF-8 is used when the bytes are valid UTF-8.
/// </summary>
public static class RiffInfoList
{
    /// <summary>The fields of an INFO list body (the bytes after "INFO"), under Vorbis-comment names, in file order.</summary>
    public static List<(string Key, string Value)> Parse(ReadOnlySpan<byte> body)
    {
        var fields = new List<(string, string)>();
        var offset = 0;
        while (offset + 8 <= body.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(body.Slice(offset, 4));
            var size = BinaryPrimitives.ReadUInt32LittleEndian(body.Slice(offset + 4, 4));
            offset += 8;
            if (size > body.Length - offset) break;
            var key = Keys.GetValueOrDefault(id);
            var value = key is null ? "" : Id3Text.DecodeUndeclared(body.Slice(offset, (int)size));
            if (value.Length > 0) fields.Add((key!, value));
            offset += (int)size + (int)(size & 1);
        }
        return fields;
    }

    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["INAM"] = "TITLE",
        ["IART"] = "ARTIST",
        ["IPRD"] = "ALBUM",
        ["ICRD"] = "DATE",
        ["IGNR"] = "GENRE",
        ["ICMT"] = "COMMENT",
        ["ITRK"] = "TRACKNUMBER",
        ["IPRT"] = "TRACKNUMBER",
        ["ICMP"] = "COMPOSER",
        ["IMUS"] = "COMPOSER",
        ["ICOP"] = "COPYRIGHT",
        ["ILNG"] = "LANGUAGE",
        ["ITCH"] = "ENCODEDBY",
    };
}

using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags.Binary;
using MediaSuite.Infrastructure.Tags.Xiph;

namespace MediaSuite.Infrastructure.Tags.Mp4;

/// <summary>
/// The iTunes "ilst" box: one box per tag item holding one or more "data" boxes (several = a
/// multi-value), plus freeform "----" items named by "mean" and "name". Cover art is seeked over
/// unless picture data is asked for.
/// </summary>
internal static class Mp4ItemList
{
    private const int MaxItemLength = 1 << 20;
    private const int Utf8 = 1, Utf16 = 2, Jpeg = 13, Png = 14, Bmp = 27;

    private static readonly Dictionary<string, string> TextItems = new(StringComparer.Ordinal)
    {
        ["©nam"] = "TITLE", ["©ART"] = "ARTIST", ["aART"] = "ALBUMARTIST", ["©alb"] = "ALBUM",
        ["©day"] = "DATE", ["©gen"] = "GENRE", ["©wrt"] = "COMPOSER", ["©lyr"] = "LYRICS", ["©cmt"] = "COMMENT",
    };

    public static void Read(Stream stream, Mp4Box ilst, TagBag bag, PictureChoice pictures, TagReadOptions options)
    {
        foreach (var item in Mp4Box.Children(stream, ilst.PayloadStart, ilst.End, "'ilst'"))
        {
            if (item.Type == "covr") ReadCovers(stream, item, pictures, options);
            else if (IsKnown(item.Type) && item.PayloadLength <= MaxItemLength) ReadItem(item.Type, item.ReadPayload(stream, MaxItemLength), bag);
        }
    }

    private static bool IsKnown(string type) => TextItems.ContainsKey(type) || type is "----" or "trkn" or "disk" or "gnre" or "cpil" or "tmpo";

    private static void ReadItem(string type, byte[] payload, TagBag bag)
    {
        var children = Mp4Box.ChildrenOf(payload, type);
        string? freeformName = null;
        foreach (var (childType, offset, length) in children)
        {
            var child = payload.AsSpan(offset, length);
            if (childType == "name" && child.Length >= 4) freeformName = Encoding.UTF8.GetString(child[4..]);
            if (childType != "data" || child.Length < 8) continue;
            var dataType = (int)(BinaryPrimitives.ReadUInt32BigEndian(child) & 0xFFFFFF);
            var value = child[8..];
            switch (type)
            {
                case "----" when freeformName is not null:
                    bag.AddFreeform(freeformName, Text(value, dataType));
                    break;
                case "trkn":
                    bag.Add("TRACKNUMBER", NumberPair(value));
                    break;
                case "disk":
                    bag.Add("DISCNUMBER", NumberPair(value));
                    break;
                case "gnre" when value.Length >= 2:
                    bag.Add("GENRE", Id3.Id3Genres.Name(BinaryPrimitives.ReadUInt16BigEndian(value) - 1));
                    break;
                case "cpil":
                    bag.Add("COMPILATION", Integer(value) is { } flag ? (flag != 0 ? "1" : "0") : null);
                    break;
                case "tmpo":
                    bag.Add("BPM", Integer(value) is > 0 and var bpm ? bpm.ToString(CultureInfo.InvariantCulture) : null);
                    break;
                default:
                    if (TextItems.TryGetValue(type, out var key)) bag.Add(key, Text(value, dataType));
                    break;
            }
        }
    }

    private static void ReadCovers(Stream stream, Mp4Box covr, PictureChoice pictures, TagReadOptions options)
    {
        Span<byte> head = stackalloc byte[16];
        foreach (var data in Mp4Box.Children(stream, covr.PayloadStart, covr.End, "'covr'"))
        {
            // MP4 has no picture types: the first cover is taken as the front cover.
            if (data.Type != "data" || data.PayloadLength < 8 || !pictures.Wants(PictureChoice.FrontCover)) continue;
            var headLength = (int)Math.Min(head.Length, data.PayloadLength);
            stream.Position = data.PayloadStart;
            StreamReads.ReadExactly(stream, head[..headLength], "MP4 cover art");
            var imageLength = data.PayloadLength - 8;
            var mime = (BinaryPrimitives.ReadUInt32BigEndian(head) & 0xFFFFFF) switch
            {
                Jpeg => "image/jpeg",
                Png => "image/png",
                Bmp => "image/bmp",
                _ => ImageSniff.MimeType(head[8..headLength]) ?? "image/unknown",
            };
            byte[]? bytes = null;
            if (options.IncludePictureData)
            {
                stream.Position = data.PayloadStart + 8;
                bytes = StreamReads.ReadBytes(stream, imageLength, "MP4 cover art");
            }
            pictures.Offer(new EmbeddedPicture(mime, PictureChoice.FrontCover, null, imageLength, bytes));
        }
    }

    private static string? Text(ReadOnlySpan<byte> value, int dataType) => dataType switch
    {
        Utf8 or 0 => Encoding.UTF8.GetString(value),
        Utf16 => Encoding.BigEndianUnicode.GetString(value),
        _ => null,
    };

    /// <summary>trkn/disk: two reserved bytes, the number, the total (0 = unknown).</summary>
    private static string? NumberPair(ReadOnlySpan<byte> value)
    {
        if (value.Length < 4) return null;
        var number = BinaryPrimitives.ReadUInt16BigEndian(value[2..]);
        var total = value.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(value[4..]) : 0;
        if (number == 0 && total == 0) return null;
        return total > 0 ? $"{number}/{total}" : number.ToString(CultureInfo.InvariantCulture);
    }

    private static long? Integer(ReadOnlySpan<byte> value) => value.Length switch
    {
        1 => (sbyte)value[0],
        2 => BinaryPrimitives.ReadInt16BigEndian(value),
        4 => BinaryPrimitives.ReadInt32BigEndian(value),
        8 => BinaryPrimitives.ReadInt64BigEndian(value),
        _ => null,
    };
}

using System.Buffers;
using System.Buffers.Text;
using System.Text;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags.Binary;

namespace MediaSuite.Infrastructure.Tags.Xiph;

/// <summary>
/// A Vorbis comment block, as in FLAC's VORBIS_COMMENT, Vorbis' comment header and OpusTags: a vendor
/// string, then "KEY=value" UTF-8 fields (a repeated key is a multi-value). Pictures stored as fields
/// (METADATA_BLOCK_PICTURE, the legacy COVERART) are skipped after their header unless picture data is
/// asked for, so a large base64 cover costs a few kilobytes.
/// </summary>
internal static class VorbisComments
{
    /// <summary>Fields up to this size are read whole; a larger one is read as a head, then the rest only if needed.</summary>
    private const int HeadLength = 8192;

    /// <summary>A text field larger than this is not a tag anyone will show; it is skipped.</summary>
    private const int MaxTextLength = 1 << 20;

    private const int MaxPictureLength = 256 << 20;

    /// <param name="block">A stream that ends where the comment block ends.</param>
    public static void Read(Stream block, TagBag bag, PictureChoice pictures, TagReadOptions options)
    {
        var vendorLength = StreamReads.ReadUInt32LittleEndian(block, "Vorbis comment (vendor length)");
        StreamReads.Skip(block, vendorLength, "Vorbis comment (vendor string)");
        var count = StreamReads.ReadUInt32LittleEndian(block, "Vorbis comment (field count)");
        var legacy = new LegacyCover();
        for (long i = 1; i <= count; i++)
        {
            var what = $"Vorbis comment field {i} of {count}";
            var length = StreamReads.ReadUInt32LittleEndian(block, what + " (length)");
            ReadField(block, length, what, bag, pictures, options, legacy);
        }
        legacy.OfferTo(pictures);
    }

    private static void ReadField(Stream block, uint length, string what, TagBag bag, PictureChoice pictures, TagReadOptions options, LegacyCover legacy)
    {
        var headLength = (int)Math.Min(length, HeadLength);
        var head = ArrayPool<byte>.Shared.Rent(headLength);
        try
        {
            StreamReads.ReadExactly(block, head.AsSpan(0, headLength), what);
            var equals = head.AsSpan(0, headLength).IndexOf((byte)'=');
            if (equals <= 0)
            {
                StreamReads.Skip(block, length - headLength, what);
                return;
            }
            var key = Encoding.ASCII.GetString(head, 0, equals).ToUpperInvariant();
            var valueHead = head.AsSpan(equals + 1, headLength - equals - 1);
            var rest = length - headLength;
            switch (key)
            {
                case "METADATA_BLOCK_PICTURE":
                    ReadPictureBlock(block, valueHead, rest, what, pictures, options);
                    break;
                case "COVERART":
                    legacy.Read(block, valueHead, rest, what, options);
                    break;
                case "COVERARTMIME":
                    legacy.MimeType = Encoding.UTF8.GetString(valueHead).Trim();
                    StreamReads.Skip(block, rest, what);
                    break;
                default:
                    if (length > MaxTextLength)
                    {
                        StreamReads.Skip(block, rest, what);
                        break;
                    }
                    bag.Add(key, Encoding.UTF8.GetString(rest == 0 ? valueHead : Concat(valueHead, block, rest, what)));
                    break;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    private static void ReadPictureBlock(Stream block, ReadOnlySpan<byte> valueHead, long rest, string what, PictureChoice pictures, TagReadOptions options)
    {
        var base64Length = valueHead.Length + rest;
        var decodedLength = base64Length / 4 * 3;
        if (rest == 0 || options.IncludePictureData)
        {
            var all = rest == 0 ? valueHead.ToArray() : Concat(valueHead, block, rest, what);
            var decoded = DecodeBase64(all, isFinal: true, what);
            pictures.Offer(FlacPicture.Read(new MemoryStream(decoded), decoded.Length, options.IncludePictureData));
            return;
        }
        // Only the picture's header is needed: decode the head, skip the image. A description too
        // long for the head (it would have to be kilobytes) makes this fall back to reading it all.
        EmbeddedPicture picture;
        try
        {
            picture = FlacPicture.Read(new MemoryStream(DecodeBase64(valueHead, isFinal: false, what)), decodedLength, includeData: false);
        }
        catch (TagReadException)
        {
            var decoded = DecodeBase64(Concat(valueHead, block, rest, what), isFinal: true, what);
            pictures.Offer(FlacPicture.Read(new MemoryStream(decoded), decoded.Length, includeData: false));
            return;
        }
        pictures.Offer(picture);
        StreamReads.Skip(block, rest, what);
    }

    private static byte[] Concat(ReadOnlySpan<byte> head, Stream block, long rest, string what)
    {
        // A corrupt length must fail as truncation, not as an attempt to allocate gigabytes.
        if (block is BoundedStream bounded && rest > bounded.Remaining)
            throw new TagReadException($"truncated {what}: it says {head.Length + rest} bytes, the block has {head.Length + bounded.Remaining}");
        if (head.Length + rest > MaxPictureLength) throw new TagReadException($"{what} is implausibly large ({head.Length + rest} bytes)");
        var all = new byte[head.Length + rest];
        head.CopyTo(all);
        StreamReads.ReadExactly(block, all.AsSpan(head.Length), what);
        return all;
    }

    private static byte[] DecodeBase64(ReadOnlySpan<byte> base64, bool isFinal, string what)
    {
        var decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        var status = Base64.DecodeFromUtf8(base64, decoded, out _, out var written, isFinal);
        if (status is OperationStatus.InvalidData || (isFinal && status is not OperationStatus.Done))
            throw new TagReadException($"corrupt {what}: the picture is not valid base64");
        return decoded.AsSpan(0, written).ToArray();
    }

    /// <summary>COVERART holds a base64 image whose MIME type may come in a later COVERARTMIME field.</summary>
    private sealed class LegacyCover
    {
        private long _length = -1;
        private byte[]? _data;
        private string? _sniffed;

        public string? MimeType { get; set; }

        public void Read(Stream block, ReadOnlySpan<byte> valueHead, long rest, string what, TagReadOptions options)
        {
            if (rest < 2 || options.IncludePictureData)
            {
                var all = rest == 0 ? valueHead.ToArray() : Concat(valueHead, block, rest, what);
                var decoded = DecodeBase64(all, isFinal: true, what);
                (_length, _sniffed, _data) = (decoded.Length, ImageSniff.MimeType(decoded), options.IncludePictureData ? decoded : null);
                return;
            }
            _sniffed = ImageSniff.MimeType(DecodeBase64(valueHead[..Math.Min(valueHead.Length, 16)], isFinal: false, what));
            // The padding that decides the exact length is in the last two characters.
            StreamReads.Skip(block, rest - 2, what);
            Span<byte> tail = stackalloc byte[2];
            StreamReads.ReadExactly(block, tail, what);
            _length = (valueHead.Length + rest) / 4 * 3 - tail.Count((byte)'=');
        }

        public void OfferTo(PictureChoice pictures)
        {
            if (_length < 0) return;
            var mime = string.IsNullOrWhiteSpace(MimeType) ? _sniffed ?? "image/unknown" : MimeType;
            pictures.Offer(new EmbeddedPicture(mime, PictureChoice.FrontCover, null, _length, _data));
        }
    }
}

using System.Buffers.Binary;
using System.Text;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags.Binary;

namespace MediaSuite.Infrastructure.Tags.Xiph;

/// <summary>
/// A FLAC PICTURE block (also the payload of a Vorbis METADATA_BLOCK_PICTURE field): type, MIME type,
/// description, dimensions, then the image bytes.
/// </summary>
internal static class FlacPicture
{
    /// <summary>
    /// Reads the block's header from <paramref name="block"/>, and the image bytes only when
    /// <paramref name="includeData"/>; otherwise the stream is left at the start of the image bytes.
    /// </summary>
    public static EmbeddedPicture Read(Stream block, long blockLength, bool includeData)
    {
        long consumed = 0;
        var word = new byte[4];

        uint ReadUInt32(string field)
        {
            StreamReads.ReadExactly(block, word, $"FLAC picture ({field})");
            consumed += 4;
            return BinaryPrimitives.ReadUInt32BigEndian(word);
        }

        byte[] ReadSized(string field)
        {
            var length = ReadUInt32(field + " length");
            if (length > blockLength - consumed)
                throw new TagReadException($"truncated FLAC picture: {field} says {length} bytes, the block has {Math.Max(0, blockLength - consumed)} left");
            consumed += length;
            return StreamReads.ReadBytes(block, length, $"FLAC picture ({field})");
        }

        var type = ReadUInt32("type");
        var mime = Encoding.ASCII.GetString(ReadSized("MIME type"));
        var description = Encoding.UTF8.GetString(ReadSized("description"));
        for (var i = 0; i < 4; i++) ReadUInt32("dimensions");
        var dataLength = ReadUInt32("data length");
        if (dataLength > blockLength - consumed)
            throw new TagReadException($"truncated FLAC picture: data says {dataLength} bytes, the block has {Math.Max(0, blockLength - consumed)} left");
        var data = includeData ? StreamReads.ReadBytes(block, dataLength, "FLAC picture data") : null;

        if (mime.Length == 0 || mime == "image/") mime = (data is null ? null : ImageSniff.MimeType(data)) ?? "image/unknown";
        return new EmbeddedPicture(mime, (int)Math.Min(type, int.MaxValue), description.Length == 0 ? null : description, dataLength, data);
    }
}

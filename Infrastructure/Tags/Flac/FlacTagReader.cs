using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags.Binary;
using MediaSuite.Infrastructure.Tags.Xiph;

namespace MediaSuite.Infrastructure.Tags.Flac;

/// <summary>
/// Native FLAC: the metadata blocks after "fLaC" (STREAMINFO, VORBIS_COMMENT, PICTURE), never the
/// audio frames. Picture bytes are seeked over unless asked for; an ID3v2 tag some taggers put in
/// front of "fLaC" is skipped.
/// </summary>
public sealed class FlacTagReader : IAudioTagReader
{
    private const int StreamInfoType = 0, VorbisCommentType = 4, PictureType = 6;
    private static readonly string[] BlockNames = ["STREAMINFO", "PADDING", "APPLICATION", "SEEKTABLE", "VORBIS_COMMENT", "CUESHEET", "PICTURE"];

    public IReadOnlyCollection<string> Extensions { get; } = [".flac"];

    public bool Recognises(ReadOnlySpan<byte> header) => header.StartsWith("fLaC"u8);

    public AudioMetadata Read(Stream stream, TagReadOptions options)
    {
        var fileLength = stream.Length;
        if (fileLength == 0) throw new TagReadException("empty file: a FLAC file starts with \"fLaC\"");
        stream.Position = Id3v2Skip.TagEnd(stream, fileLength);

        Span<byte> magic = stackalloc byte[4];
        StreamReads.ReadExactly(stream, magic, "FLAC file (\"fLaC\" marker)");
        if (!magic.SequenceEqual("fLaC"u8)) throw new TagReadException($"not a FLAC file: no \"fLaC\" marker at offset {stream.Position - 4}");

        var bag = new TagBag();
        var pictures = new PictureChoice();
        var pictureDataOffsets = new Dictionary<EmbeddedPicture, long>(ReferenceEqualityComparer.Instance);
        FlacStreamInfo? info = null;
        Span<byte> header = stackalloc byte[4];
        for (var last = false; !last;)
        {
            StreamReads.ReadExactly(stream, header, "FLAC metadata block header");
            last = (header[0] & 0x80) != 0;
            var type = header[0] & 0x7F;
            var length = (header[1] << 16) | (header[2] << 8) | header[3];
            var start = stream.Position;
            var name = type < BlockNames.Length ? BlockNames[type] : $"type {type}";
            if (type == 127) throw new TagReadException($"corrupt FLAC metadata: invalid block type 127 at offset {start - 4}");
            if (length > fileLength - start)
                throw new TagReadException($"truncated FLAC {name} block: header says {length} bytes, file has {fileLength - start} left");

            switch (type)
            {
                case StreamInfoType:
                    var block = new byte[length];
                    StreamReads.ReadExactly(stream, block, "FLAC STREAMINFO block");
                    info = FlacStreamInfo.Parse(block);
                    break;
                case VorbisCommentType:
                    VorbisComments.Read(new BoundedStream(stream, length), bag, pictures, options);
                    break;
                case PictureType:
                    var picture = FlacPicture.Read(new BoundedStream(stream, length), length, includeData: false);
                    pictureDataOffsets[picture] = stream.Position;
                    pictures.Offer(picture);
                    break;
            }
            stream.Position = start + length;
        }
        if (info is null) throw new TagReadException("corrupt FLAC file: no STREAMINFO block");

        var audioBytes = fileLength - stream.Position;
        var chosen = pictures.Best;
        if (chosen is not null && options.IncludePictureData && chosen.Data is null && pictureDataOffsets.TryGetValue(chosen, out var dataOffset))
        {
            stream.Position = dataOffset;
            chosen = chosen with { Data = StreamReads.ReadBytes(stream, chosen.Length, "FLAC picture data") };
        }

        var duration = info.DurationMs;
        return bag.ToMetadata(new AudioMetadata
        {
            DurationMs = duration,
            Bitrate = duration > 0 ? (int)Math.Round(audioBytes * 8.0 / duration.Value) : null,
            SampleRate = info.SampleRate,
            BitDepth = info.BitsPerSample,
            Channels = info.Channels,
            Codec = "flac",
            Lossless = true,
            Container = "flac",
            Picture = chosen,
        });
    }
}

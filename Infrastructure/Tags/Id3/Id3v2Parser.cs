using System.IO.Compression;
using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// Reads ID3v2.2/2.3/2.4 tags into a <see cref="TagBag"/>, for MP3 files and the ID3 chunks of WAV and
/// AIFF. Frames are read one by one and uninteresting ones (and picture bytes, unless asked for) are
/// seeked over, so a tag with a large cover costs a few small reads. One parser serves one file and
/// may read several tags; the first tag's values come first.
/// </summary>
public sealed class Id3v2Parser(TagBag bag, TagReadOptions options)
{
    private const int PicturePrefixLength = 1024;
    private const int MaxInflatedFrame = 16 << 20;

    private readonly Id3v2Frames _frames = new(bag, options);

    public EmbeddedPicture? Picture => _frames.Picture;

    /// <summary>Synced lyrics in milliseconds; MPEG-frame timestamps are converted only when the frame duration is given.</summary>
    public IReadOnlyList<SyncedLyricLine> SyncedLyrics(double? msPerMpegFrame) => _frames.SyncedLyrics?.ToLines(msPerMpegFrame) ?? [];

    /// <summary>
    /// Reads the tag at <paramref name="start"/>; returns its whole length (header to footer), or 0
    /// when no ID3v2 header is there. A tag longer than the file is a <see cref="TagReadException"/>;
    /// a damaged frame ends the tag with the frames read before it.
    /// </summary>
    public long ReadTag(Stream stream, long start, long fileLength)
    {
        Span<byte> head = stackalloc byte[Id3v2Header.Length];
        stream.Position = start;
        if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !Id3v2Header.TryParse(head, out var header)) return 0;
        if (start + header.TotalLength > fileLength)
            throw new TagReadException($"truncated ID3v2 tag: header says {header.TotalLength} bytes, file has {fileLength - start}");
        if (!header.UsesUndefinedCompression && header.Size > 0) ReadFrames(stream, start + Id3v2Header.Length, header);
        _frames.FinishTag();
        return header.TotalLength;
    }

    private void ReadFrames(Stream stream, long position, Id3v2Header header)
    {
        var source = stream;
        var end = position + header.Size;
        if (header.Unsynchronised && header.Major < 4)
        {
            // In 2.2/2.3 unsynchronisation covers the whole tag and frame sizes count the decoded bytes.
            var raw = new byte[header.Size];
            stream.ReadExactly(raw);
            source = new MemoryStream(raw, 0, Id3v2Header.RemoveUnsynchronisation(raw), writable: false);
            position = 0;
            end = source.Length;
        }
        if (header.HasExtendedHeader) position = SkipExtendedHeader(source, position, end, header.Major);
        var walker = new Id3v2FrameWalker(source, header.Major, end);
        var frameUnsyncByTag = header.Major == 4 && header.Unsynchronised;
        while (position >= 0 && walker.TryReadHeader(position, out var frame))
        {
            var dataStart = position + frame.HeaderLength;
            if (dataStart + frame.Size > end) break;
            if (_frames.Wants(frame.Id)) ReadFrame(source, frame, dataStart, header.Major, frameUnsyncByTag);
            position = dataStart + frame.Size;
        }
    }

    /// <summary>The extended header's size counts itself in 2.4 (syncsafe) but not in 2.3; -1 when it makes no sense.</summary>
    private static long SkipExtendedHeader(Stream source, long position, long end, byte major)
    {
        Span<byte> size = stackalloc byte[4];
        source.Position = position;
        if (source.ReadAtLeast(size, 4, throwOnEndOfStream: false) < 4) return -1;
        // Some writers set the flag without writing the header: frames start right here.
        if (Id3v2FrameHeader.IsFrameId(size)) return position;
        long length = major == 3 ? 4L + System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(size) : Id3v2Header.Syncsafe(size);
        return length >= 4 && position + length <= end ? position + length : -1;
    }

    private void ReadFrame(Stream source, Id3v2FrameHeader frame, long dataStart, byte major, bool unsyncByTag)
    {
        var flags = Id3v2FrameFlags.Of(frame.FormatFlags, major, unsyncByTag);
        if (flags.Encrypted) return;
        dataStart += flags.ExtraBytes;
        var length = frame.Size - flags.ExtraBytes;
        if (length <= 0) return;
        var v22 = major == 2;
        if (frame.Id == "APIC" && !flags.Compressed && !flags.Unsynchronised)
        {
            ReadPicture(source, dataStart, length, v22);
            return;
        }
        var body = new byte[length];
        source.Position = dataStart;
        source.ReadExactly(body);
        var span = flags.Unsynchronised ? body.AsSpan(0, Id3v2Header.RemoveUnsynchronisation(body)) : body.AsSpan();
        if (flags.Compressed)
        {
            var inflated = Inflate(span);
            if (inflated is null) return;
            span = inflated;
        }
        _frames.Handle(frame.Id, span, v22);
    }

    private void ReadPicture(Stream source, long dataStart, int length, bool v22)
    {
        var prefix = new byte[Math.Min(length, PicturePrefixLength)];
        source.Position = dataStart;
        source.ReadExactly(prefix);
        var header = Id3PictureHeader.TryParse(prefix, v22);
        if (header is null)
        {
            // A description longer than the prefix: rare enough to read the whole frame.
            if (length > prefix.Length) ReadWholePicture(source, dataStart, length, v22);
            return;
        }
        header = header.WithSniffedMime(prefix.AsSpan(header.Length));
        byte[]? data = null;
        if (options.IncludePictureData && _frames.WantsPicture(header.PictureType))
        {
            data = new byte[length - header.Length];
            source.Position = dataStart + header.Length;
            source.ReadExactly(data);
        }
        _frames.OfferPicture(header, length - header.Length, data);
    }

    private void ReadWholePicture(Stream source, long dataStart, int length, bool v22)
    {
        var body = new byte[length];
        source.Position = dataStart;
        source.ReadExactly(body);
        _frames.Handle("APIC", body, v22);
    }

    private static byte[]? Inflate(ReadOnlySpan<byte> compressed)
    {
        try
        {
            using var input = new MemoryStream(compressed.ToArray(), writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxInflatedFrame) return null;
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

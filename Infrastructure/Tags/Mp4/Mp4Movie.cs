using System.Buffers.Binary;
using MediaSuite.Infrastructure.Tags.Xiph;

namespace MediaSuite.Infrastructure.Tags.Mp4;

/// <summary>
/// What the "moov" box says: the movie's duration (mvhd), the first sound track's media header and
/// sample entry, and the iTunes tags under udta/meta/ilst (or a QuickTime-style moov/meta).
/// Only small header boxes are read; sample tables and cover art are seeked over.
/// </summary>
internal sealed class Mp4Movie
{
    private const int MaxHeaderBoxLength = 64 * 1024;

    public (long Timescale, long Duration)? MovieTime { get; private set; }
    public (long Timescale, long Duration)? TrackTime { get; private set; }
    public Mp4SampleEntry? Audio { get; private set; }
    public bool HasSoundTrack { get; private set; }

    public static Mp4Movie Read(Stream stream, Mp4Box moov, TagBag bag, PictureChoice pictures, TagReadOptions options)
    {
        var movie = new Mp4Movie();
        foreach (var child in Mp4Box.Children(stream, moov.PayloadStart, moov.End, "'moov'"))
        {
            switch (child.Type)
            {
                case "mvhd":
                    movie.MovieTime = TimeHeader(child.ReadPayload(stream, MaxHeaderBoxLength));
                    break;
                case "trak" when !movie.HasSoundTrack:
                    movie.ReadTrack(stream, child);
                    break;
                case "udta":
                    foreach (var meta in Mp4Box.Children(stream, child.PayloadStart, child.End, "'udta'"))
                        if (meta.Type == "meta") ReadMeta(stream, meta, bag, pictures, options);
                    break;
                case "meta":
                    ReadMeta(stream, child, bag, pictures, options);
                    break;
            }
        }
        return movie;
    }

    private void ReadTrack(Stream stream, Mp4Box trak)
    {
        (long, long)? time = null;
        string? handler = null;
        Mp4SampleEntry? entry = null;
        foreach (var mdia in Mp4Box.Children(stream, trak.PayloadStart, trak.End, "'trak'"))
        {
            if (mdia.Type != "mdia") continue;
            foreach (var child in Mp4Box.Children(stream, mdia.PayloadStart, mdia.End, "'mdia'"))
            {
                if (child.Type == "mdhd") time = TimeHeader(child.ReadPayload(stream, MaxHeaderBoxLength));
                else if (child.Type == "hdlr") handler = Handler(child.ReadPayload(stream, MaxHeaderBoxLength));
                else if (child.Type == "minf") entry = FindSampleEntry(stream, child);
            }
        }
        if (handler != "soun") return;
        (HasSoundTrack, TrackTime, Audio) = (true, time, entry);
    }

    private static Mp4SampleEntry? FindSampleEntry(Stream stream, Mp4Box minf)
    {
        foreach (var stbl in Mp4Box.Children(stream, minf.PayloadStart, minf.End, "'minf'"))
        {
            if (stbl.Type != "stbl") continue;
            foreach (var stsd in Mp4Box.Children(stream, stbl.PayloadStart, stbl.End, "'stbl'"))
                if (stsd.Type == "stsd") return Mp4SampleEntry.Parse(stsd.ReadPayload(stream, MaxHeaderBoxLength));
        }
        return null;
    }

    private static void ReadMeta(Stream stream, Mp4Box meta, TagBag bag, PictureChoice pictures, TagReadOptions options)
    {
        // "meta" is a full box (4 bytes of version/flags before its children), but QuickTime-style
        // files omit those: if a child box type sits where the first child's type would be without them, they are absent.
        var childrenStart = meta.PayloadStart + 4;
        if (meta.PayloadLength >= 8)
        {
            Span<byte> peek = stackalloc byte[8];
            stream.Position = meta.PayloadStart;
            Binary.StreamReads.ReadExactly(stream, peek, "MP4 'meta' box");
            if (peek[4..8].SequenceEqual("hdlr"u8) || peek[4..8].SequenceEqual("ilst"u8) || peek[4..8].SequenceEqual("keys"u8))
                childrenStart = meta.PayloadStart;
        }
        foreach (var child in Mp4Box.Children(stream, childrenStart, meta.End, "'meta'"))
            if (child.Type == "ilst") Mp4ItemList.Read(stream, child, bag, pictures, options);
    }

    /// <summary>mvhd and mdhd share their start: version/flags, creation and modification times (32 or 64 bits), timescale, duration.</summary>
    private static (long, long)? TimeHeader(byte[] payload)
    {
        if (payload.Length < 4) return null;
        var span = payload.AsSpan();
        if (span[0] == 1)
        {
            if (span.Length < 32) return null;
            var duration = BinaryPrimitives.ReadUInt64BigEndian(span[24..]);
            return duration == ulong.MaxValue || duration > long.MaxValue ? null : (BinaryPrimitives.ReadUInt32BigEndian(span[20..]), (long)duration);
        }
        if (span.Length < 20) return null;
        var shortDuration = BinaryPrimitives.ReadUInt32BigEndian(span[16..]);
        return shortDuration == uint.MaxValue ? null : (BinaryPrimitives.ReadUInt32BigEndian(span[12..]), shortDuration);
    }

    private static string? Handler(byte[] payload) =>
        payload.Length >= 12 ? System.Text.Encoding.Latin1.GetString(payload, 8, 4) : null;
}

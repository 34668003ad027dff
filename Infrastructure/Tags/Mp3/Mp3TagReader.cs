using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags.Id3;

namespace MediaSuite.Infrastructure.Tags.Mp3;

/// <summary>
/// MPEG audio files (.mp3, .mp2, .mpga): leading ID3v2 tags, the first audio frame and its
/// Xing/Info/VBRI header for duration and bitrate, and an ID3v1 tag at the end as a fallback.
/// </summary>
public sealed class Mp3TagReader : IAudioTagReader
{
    private const int MaxLeadingTags = 16;

    public IReadOnlyCollection<string> Extensions { get; } = [".mp3", ".mp2", ".mpga"];

    public bool Recognises(ReadOnlySpan<byte> header) =>
        Id3v2Header.TryParse(header, out _) || MpegFrameHeader.TryParse(header, out _);

    public AudioMetadata Read(Stream stream, TagReadOptions options)
    {
        if (!stream.CanSeek) throw new ArgumentException("MP3 reading needs a seekable stream.", nameof(stream));
        var fileLength = stream.Length;
        if (fileLength == 0) throw new TagReadException("empty file: 0 bytes, not an MP3");
        var bag = new TagBag();
        var id3 = new Id3v2Parser(bag, options);
        long audioStart = 0;
        for (var i = 0; i < MaxLeadingTags; i++)
        {
            var tagLength = id3.ReadTag(stream, audioStart, fileLength);
            if (tagLength == 0) break;
            audioStart += tagLength;
        }
        var tail = Mp3Tail.Read(stream, fileLength);
        var first = MpegFrameFinder.Find(stream, audioStart, tail.AudioEnd)
            ?? throw new TagReadException($"no MPEG audio frame found in the {Math.Max(0, Math.Min(MpegFrameFinder.SearchLimit, tail.AudioEnd - audioStart))} bytes after offset {audioStart}");
        tail.Id3v1?.FillMissing(bag);
        var facts = StreamFacts(first, MpegVbrHeader.TryParse(first.Bytes, first.Header), tail.AudioEnd - first.Position) with
        {
            Picture = id3.Picture,
            SyncedLyrics = id3.SyncedLyrics(first.Header.FrameMilliseconds),
        };
        return bag.ToMetadata(facts);
    }

    private static AudioMetadata StreamFacts(MpegFirstFrame first, MpegVbrHeader? vbr, long audioBytes)
    {
        var header = first.Header;
        double durationMs;
        int bitrate;
        if (vbr?.Frames is { } frames)
        {
            var samples = frames * header.SamplesPerFrame;
            var playable = samples - vbr.EncoderDelay - vbr.EncoderPadding;
            durationMs = (playable > 0 ? playable : samples) * 1000.0 / header.SampleRate;
            // LAME gives the Info frame itself whatever bitrate fits the header; the next frame has the real one.
            bitrate = vbr.IsConstantBitrate
                ? (first.Next ?? header).BitrateKbps
                : (int)Math.Round((vbr.Bytes ?? audioBytes) * 8.0 * header.SampleRate / samples / 1000);
        }
        else
        {
            // No frame count: constant bitrate is the only assumption that avoids reading every frame.
            bitrate = header.BitrateKbps;
            durationMs = audioBytes * 8.0 / bitrate;
        }
        return new AudioMetadata
        {
            DurationMs = (long)Math.Round(durationMs),
            Bitrate = bitrate,
            SampleRate = header.SampleRate,
            Channels = header.Channels,
            Codec = header.Codec,
            Lossless = false,
            Container = "mp3",
        };
    }
}

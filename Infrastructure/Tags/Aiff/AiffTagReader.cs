using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags.Id3;
using MediaSuite.Infrastructure.Tags.Riff;

namespace MediaSuite.Infrastructure.Tags.Aiff;

/// <summary>
/// AIFF and AIFF-C files (big-endian IFF): the COMM chunk for format and duration, the SSND chunk's
/// size (never its samples), NAME/AUTH/ANNO/(c) text and an "ID3 " chunk, whose values win.
/// </summary>
public sealed class AiffTagReader : IAudioTagReader
{
    private const int MaxChunks = 256;
    private const int MaxTextLength = 64 * 1024;

    public IReadOnlyCollection<string> Extensions { get; } = [".aif", ".aiff", ".aifc"];

    public bool Recognises(ReadOnlySpan<byte> header) =>
        header.Length >= 12 && header[..4].SequenceEqual("FORM"u8)
        && (header.Slice(8, 4).SequenceEqual("AIFF"u8) || header.Slice(8, 4).SequenceEqual("AIFC"u8));

    public AudioMetadata Read(Stream stream, TagReadOptions options)
    {
        if (!stream.CanSeek) throw new ArgumentException("AIFF reading needs a seekable stream.", nameof(stream));
        var fileLength = stream.Length;
        if (fileLength == 0) throw new TagReadException("empty file: 0 bytes, not an AIFF file");
        Span<byte> form = stackalloc byte[12];
        stream.Position = 0;
        if (stream.ReadAtLeast(form, 12, throwOnEndOfStream: false) < 12)
            throw new TagReadException($"truncated AIFF file: {fileLength} bytes, the FORM header alone needs 12");
        if (!Recognises(form)) throw new TagReadException("not an AIFF file: no FORM/AIFF header");
        var aifc = form.Slice(8, 4).SequenceEqual("AIFC"u8);

        var bag = new TagBag();
        var id3 = new Id3v2Parser(bag, options);
        var text = new List<(string Key, string Value)>();
        AiffCommonChunk? common = null;
        long? soundBytes = null;
        var position = 12L;
        for (var count = 0; count < MaxChunks && IffChunk.ReadHeader(stream, position, fileLength, bigEndian: true) is { } chunk; count++)
        {
            switch (chunk.Id)
            {
                case "COMM":
                    common = AiffCommonChunk.TryParse(chunk.ReadData(stream, 64), aifc);
                    break;
                case "SSND":
                    if (chunk.DataStart + chunk.Size > fileLength)
                        throw new TagReadException($"truncated AIFF file: SSND chunk says {chunk.Size} bytes, file has {fileLength - chunk.DataStart}");
                    soundBytes = chunk.Size;
                    break;
                case "ID3 " or "id3 ":
                    id3.ReadTag(stream, chunk.DataStart, fileLength);
                    break;
                default:
                    if (TextKeys.GetValueOrDefault(chunk.Id) is { } key)
                        text.Add((key, Id3Text.DecodeUndeclared(chunk.ReadData(stream, MaxTextLength))));
                    break;
            }
            position = chunk.End;
        }
        if (common is null) throw new TagReadException("not a usable AIFF file: no COMM chunk");
        if (!(common.SampleRate is > 0 and < 10_000_000) || common.Channels <= 0)
            throw new TagReadException($"invalid AIFF COMM chunk: {common.SampleRate} Hz, {common.Channels} channels");

        FallbackFields.AddWhereMissing(bag, text);
        var durationMs = common.SampleFrames * 1000.0 / common.SampleRate;
        var facts = new AudioMetadata
        {
            DurationMs = (long)Math.Round(durationMs),
            Bitrate = Bitrate(common, soundBytes, durationMs),
            SampleRate = (int)Math.Round(common.SampleRate),
            BitDepth = common.Lossless && common.SampleSize > 0 ? common.SampleSize : null,
            Channels = common.Channels,
            Codec = common.Codec,
            Lossless = common.Lossless,
            Container = "aiff",
            Picture = id3.Picture,
            SyncedLyrics = id3.SyncedLyrics(msPerMpegFrame: null),
        };
        return bag.ToMetadata(facts);
    }

    private static int? Bitrate(AiffCommonChunk common, long? soundBytes, double durationMs)
    {
        if (common.Lossless) return (int)Math.Round(common.SampleRate * common.Channels * common.SampleSize / 1000.0);
        return soundBytes > 0 && durationMs > 0 ? (int)Math.Round(soundBytes.Value * 8 / durationMs) : null;
    }

    private static readonly Dictionary<string, string> TextKeys = new(StringComparer.Ordinal)
    {
        ["NAME"] = "TITLE",
        ["AUTH"] = "ARTIST",
        ["ANNO"] = "COMMENT",
        ["(c) "] = "COPYRIGHT",
    };
}

using System.Buffers.Binary;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags.Id3;

namespace MediaSuite.Infrastructure.Tags.Riff;

/// <summary>
/// WAV files (RIFF/WAVE, and RF64/BW64 with their 64-bit ds64 sizes): the fmt chunk, the data
/// chunk's size (never its samples), LIST/INFO text and an "id3 " chunk, whose values win over INFO.
/// </summary>
public sealed class WavTagReader : IAudioTagReader
{
    private const int MaxChunks = 256;
    private const int MaxInfoLength = 1 << 20;

    public IReadOnlyCollection<string> Extensions { get; } = [".wav"];

    public bool Recognises(ReadOnlySpan<byte> header) =>
        header.Length >= 12 && IsRiffId(header[..4]) && header.Slice(8, 4).SequenceEqual("WAVE"u8);

    public AudioMetadata Read(Stream stream, TagReadOptions options)
    {
        if (!stream.CanSeek) throw new ArgumentException("WAV reading needs a seekable stream.", nameof(stream));
        var fileLength = stream.Length;
        if (fileLength == 0) throw new TagReadException("empty file: 0 bytes, not a WAV file");
        Span<byte> riff = stackalloc byte[12];
        stream.Position = 0;
        if (stream.ReadAtLeast(riff, 12, throwOnEndOfStream: false) < 12)
            throw new TagReadException($"truncated WAV file: {fileLength} bytes, the RIFF header alone needs 12");
        if (!Recognises(riff)) throw new TagReadException("not a WAV file: no RIFF/WAVE header");

        var bag = new TagBag();
        var id3 = new Id3v2Parser(bag, options);
        var info = new List<(string Key, string Value)>();
        WavFormat? format = null;
        long? ds64DataSize = null, dataSize = null, factSamples = null;
        var position = 12L;
        for (var count = 0; count < MaxChunks && IffChunk.ReadHeader(stream, position, fileLength, bigEndian: false) is { } found; count++)
        {
            var chunk = found;
            switch (chunk.Id)
            {
                case "ds64":
                    var ds64 = chunk.ReadData(stream, 28);
                    if (ds64.Length >= 16) ds64DataSize = BinaryPrimitives.ReadInt64LittleEndian(ds64.AsSpan(8));
                    break;
                case "fmt ":
                    format = WavFormat.TryParse(chunk.ReadData(stream, 64));
                    break;
                case "fact":
                    var fact = chunk.ReadData(stream, 4);
                    if (fact.Length == 4) factSamples = BinaryPrimitives.ReadUInt32LittleEndian(fact);
                    break;
                case "data":
                    chunk = chunk with { Size = DataSize(chunk, ds64DataSize, fileLength) };
                    dataSize = chunk.Size;
                    break;
                case "LIST":
                    // Other lists (adtl labels, ...) can be large; only INFO is read in full.
                    if (chunk.ReadData(stream, 4).AsSpan().SequenceEqual("INFO"u8))
                        info.AddRange(RiffInfoList.Parse(chunk.ReadData(stream, MaxInfoLength).AsSpan(4)));
                    break;
                case "id3 " or "ID3 ":
                    id3.ReadTag(stream, chunk.DataStart, fileLength);
                    break;
            }
            position = chunk.End;
        }
        if (format is null) throw new TagReadException("not a usable WAV file: no fmt chunk");
        if (format.SampleRate <= 0 || format.Channels <= 0)
            throw new TagReadException($"invalid WAV fmt chunk: {format.SampleRate} Hz, {format.Channels} channels");

        FallbackFields.AddWhereMissing(bag, info);
        var facts = new AudioMetadata
        {
            DurationMs = DurationMs(format, dataSize, factSamples),
            Bitrate = format.ByteRate > 0 ? (int)Math.Round(format.ByteRate * 8 / 1000.0) : null,
            SampleRate = format.SampleRate,
            BitDepth = format.Lossless && format.BitsPerSample > 0 ? format.BitsPerSample : null,
            Channels = format.Channels,
            Codec = format.Codec,
            Lossless = format.Lossless,
            Container = "wav",
            Picture = id3.Picture,
            SyncedLyrics = id3.SyncedLyrics(msPerMpegFrame: null),
        };
        return bag.ToMetadata(facts);
    }

    private static bool IsRiffId(ReadOnlySpan<byte> id) => id.SequenceEqual("RIFF"u8) || id.SequenceEqual("RF64"u8) || id.SequenceEqual("BW64"u8);

    /// <summary>0xFFFFFFFF means "see ds64" in RF64 and "until the end" in a WAV written to a pipe.</summary>
    private static long DataSize(IffChunk data, long? ds64DataSize, long fileLength)
    {
        var available = fileLength - data.DataStart;
        var size = data.Size == uint.MaxValue ? ds64DataSize ?? available : data.Size;
        return size <= available
            ? size
            : throw new TagReadException($"truncated WAV file: data chunk says {size} bytes, file has {available}");
    }

    private static long? DurationMs(WavFormat format, long? dataSize, long? factSamples)
    {
        if (!format.Lossless && factSamples > 0) return (long)Math.Round(factSamples.Value * 1000.0 / format.SampleRate);
        if (dataSize is null || format.ByteRate <= 0) return null;
        return (long)Math.Round(dataSize.Value * 1000.0 / format.ByteRate);
    }
}

using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags.Xiph;

namespace MediaSuite.Infrastructure.Tags.Ogg;

/// <summary>
/// Ogg Vorbis, Ogg Opus and Ogg FLAC: the header packets of the first audio stream (identification,
/// comments, pictures), and the duration from the last granule position in the file's tail.
/// </summary>
public sealed class OggTagReader : IAudioTagReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".ogg", ".oga", ".opus"];

    public bool Recognises(ReadOnlySpan<byte> header) => header.StartsWith("OggS"u8);

    public AudioMetadata Read(Stream stream, TagReadOptions options)
    {
        var fileLength = stream.Length;
        if (fileLength == 0) throw new TagReadException("empty file: an Ogg file starts with \"OggS\"");
        var packets = new OggPacketReader(stream, fileLength);
        if (!packets.SelectStream(OggCodecs.IsKnown)) throw new TagReadException("Ogg file has no Vorbis, Opus or FLAC stream");

        var bag = new TagBag();
        var pictures = new PictureChoice();
        var info = OggCodecs.ReadHeaders(packets, bag, pictures, options);

        var granule = OggTail.LastGranule(stream, fileLength, packets.Serial);
        long? duration = granule is { } g ? Math.Max(0, g - info.PreSkip) * 1000 / info.GranuleRate : null;
        return bag.ToMetadata(new AudioMetadata
        {
            DurationMs = duration,
            Bitrate = duration > 0 ? (int)Math.Round(fileLength * 8.0 / duration.Value) : info.NominalBitrate,
            SampleRate = info.SampleRate,
            BitDepth = info.BitDepth,
            Channels = info.Channels,
            Codec = info.Codec,
            Lossless = info.Lossless,
            Container = "ogg",
            Picture = pictures.Best,
        });
    }
}

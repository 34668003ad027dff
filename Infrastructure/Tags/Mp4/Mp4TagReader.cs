using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags.Xiph;

namespace MediaSuite.Infrastructure.Tags.Mp4;

/// <summary>
/// MP4/M4A/M4B audio (AAC, ALAC, also FLAC and Opus in MP4): walks the top-level boxes by their
/// sizes, reads "moov" wherever it is and seeks over "mdat" (whose size gives the bitrate when the
/// esds does not).
/// </summary>
public sealed class Mp4TagReader : IAudioTagReader
{
    /// <summary>After moov, this many more top-level boxes are looked at for mdat sizes; fragmented files have thousands.</summary>
    private const int BoxesAfterMovie = 16;

    public IReadOnlyCollection<string> Extensions { get; } = [".m4a", ".m4b", ".mp4", ".alac", ".aac"];

    public bool Recognises(ReadOnlySpan<byte> header) =>
        header.Length >= 8 && IsPlausibleFirstBox(System.Text.Encoding.Latin1.GetString(header[4..8]));

    public AudioMetadata Read(Stream stream, TagReadOptions options)
    {
        var fileLength = stream.Length;
        if (fileLength == 0) throw new TagReadException("empty file: an MP4 file starts with an 'ftyp' box");
        if (fileLength < 8) throw new TagReadException($"truncated MP4: {fileLength} bytes, too short for a box header");

        var bag = new TagBag();
        var pictures = new PictureChoice();
        Mp4Movie? movie = null;
        long mediaBytes = 0;
        var boxesAfterMovie = 0;
        for (var at = 0L; fileLength - at >= 8 && boxesAfterMovie < BoxesAfterMovie;)
        {
            var box = Mp4Box.ReadHeader(stream, at, fileLength);
            if (at == 0 && !IsPlausibleFirstBox(box.Type)) throw new TagReadException($"not an MP4 file: it starts with '{Printable(box.Type)}' rather than an 'ftyp' box");
            var pastEnd = box.End > fileLength;
            // Audio cut off at the end does not spoil tags read from a moov that came first.
            if (pastEnd && (movie is null || box.Type != "mdat"))
                throw new TagReadException($"truncated MP4: '{Printable(box.Type)}' box at offset {at} says {box.Size} bytes, file has {fileLength - at} left");
            if (box.Type == "mdat") mediaBytes += Math.Min(box.End, fileLength) - box.PayloadStart;
            else if (box.Type == "moov" && movie is null) movie = Mp4Movie.Read(stream, box, bag, pictures, options);
            if (movie is not null) boxesAfterMovie++;
            if (pastEnd) break;
            at = box.End;
        }
        if (movie is null) throw new TagReadException("not an MP4 audio file: it has no 'moov' box");
        if (!movie.HasSoundTrack) throw new TagReadException("not an MP4 audio file: it has no sound track");

        var duration = DurationMs(movie.MovieTime) ?? DurationMs(movie.TrackTime);
        var audio = movie.Audio;
        return bag.ToMetadata(new AudioMetadata
        {
            DurationMs = duration,
            Bitrate = audio?.AverageBitrate ?? (duration > 0 && mediaBytes > 0 ? (int)Math.Round(mediaBytes * 8.0 / duration.Value) : null),
            SampleRate = audio?.SampleRate ?? (int?)movie.TrackTime?.Timescale,
            BitDepth = audio?.BitDepth,
            Channels = audio?.Channels,
            Codec = audio?.Codec,
            Lossless = audio?.Lossless ?? false,
            Container = "mp4",
            Picture = pictures.Best,
        });
    }

    private static long? DurationMs((long Timescale, long Duration)? time) =>
        time is { Timescale: > 0, Duration: > 0 } t ? (long)(t.Duration * 1000.0 / t.Timescale) : null;

    private static bool IsPlausibleFirstBox(string type) => type is "ftyp" or "moov" or "mdat" or "free" or "skip" or "wide" or "pnot";

    private static string Printable(string type) => string.Concat(type.Select(c => char.IsControl(c) ? '?' : c));
}

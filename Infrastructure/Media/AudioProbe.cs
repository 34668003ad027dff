using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Media.Ffprobe;
using MediaSuite.Infrastructure.Tags;

namespace MediaSuite.Infrastructure.Media;

/// <summary>
/// The reader of last resort for audio containers without a reader of their own (WMA, APE,
/// WavPack, Matroska audio, DSF, raw AAC/AC-3 ...): ffprobe's tags go through the same
/// <see cref="TagBag"/> as every other reader's. Container is "ffprobe".
/// </summary>
public sealed class AudioProbe(IFfprobe ffprobe)
{
    /// <summary>Throws <see cref="MediaProbeException"/> when ffprobe fails or the file has no audio stream.</summary>
    public async Task<AudioMetadata> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        var output = await ffprobe.ProbeAsync(path, cancellationToken);
        var audio = output.Streams.FirstOrDefault(s => s.CodecType == "audio")
            ?? throw new MediaProbeException($"'{path}' has no audio stream", path);

        var bag = new TagBag();
        var formatTags = output.Format?.Tags ?? new Dictionary<string, string>();
        foreach (var (key, value) in formatTags) AudioProbeTags.Add(bag, key, value);
        // Ogg-style containers keep tags on the stream; a format tag wins over a stream tag of the same name.
        foreach (var (key, value) in audio.Tags ?? new Dictionary<string, string>())
            if (!formatTags.Keys.Contains(key, StringComparer.OrdinalIgnoreCase)) AudioProbeTags.Add(bag, key, value);
        AudioProbeTags.Complete(bag);

        var lossless = IsLossless(audio.CodecName);
        return bag.ToMetadata(new AudioMetadata
        {
            DurationMs = FfprobeValues.Milliseconds(output.Format?.Duration ?? audio.Duration),
            Bitrate = FfprobeValues.Kilobits(audio.BitRate ?? output.Format?.BitRate),
            SampleRate = audio.SampleRate is > 0 ? audio.SampleRate : null,
            BitDepth = lossless ? Positive(audio.BitsPerRawSample) ?? Positive(audio.BitsPerSample) : null,
            Channels = audio.Channels is > 0 ? audio.Channels : null,
            Codec = CodecName(audio.CodecName),
            Lossless = lossless,
            Container = "ffprobe",
        });
    }

    /// <summary>
    /// By codec: a WavPack hybrid (lossy) file is not told apart from a lossless one. DSD is counted
    /// lossless: it is the master format itself, not a compressed copy.
    /// </summary>
    public static bool IsLossless(string? codec) =>
        codec is "flac" or "alac" or "ape" or "wavpack" or "tta" or "wmalossless" or "mlp" or "truehd"
        || codec?.StartsWith("pcm_", StringComparison.Ordinal) == true
        || codec?.StartsWith("dsd_", StringComparison.Ordinal) == true;

    /// <summary>The model's lower-case codec names: every pcm_* is "pcm", every dsd_* is "dsd", others as ffprobe says.</summary>
    public static string? CodecName(string? codec) => codec switch
    {
        null or "" => null,
        _ when codec.StartsWith("pcm_", StringComparison.Ordinal) => "pcm",
        _ when codec.StartsWith("dsd_", StringComparison.Ordinal) => "dsd",
        _ => codec.ToLowerInvariant(),
    };

    private static int? Positive(int? value) => value is > 0 ? value : null;
}

namespace MediaSuite.Domain.Playback;

public enum Delivery
{
    /// <summary>The file as it is, with byte ranges.</summary>
    Direct,

    /// <summary>Transcoded on the fly; the output has no length up front and no byte ranges.</summary>
    Transcode,
}

public sealed record StreamPlan(Delivery Delivery, string ContentType);

/// <summary>
/// What a browser's audio element can play as it is, decided from the scanner's codec name and the
/// file's container (its extension): PCM in a WAV plays everywhere, PCM in an AIFF only in Safari,
/// so the codec alone is not enough.
/// </summary>
public static class BrowserAudio
{
    /// <summary>Opus in Ogg: plays in every current browser and is what ffmpeg streams without seeking back.</summary>
    public const string TranscodedContentType = "audio/ogg; codecs=opus";

    private static readonly Dictionary<string, string[]> PlayableContainers = new(StringComparer.Ordinal)
    {
        ["mp3"] = [".mp3"],
        ["aac"] = [".m4a", ".m4b", ".mp4", ".aac"],
        ["flac"] = [".flac"],
        ["vorbis"] = [".ogg", ".oga"],
        ["opus"] = [".opus", ".ogg", ".oga"],
        ["pcm"] = [".wav"],
    };

    public static StreamPlan Plan(string path, string? codec) =>
        IsPlayable(path, codec)
            ? new StreamPlan(Delivery.Direct, ContentType(path, codec))
            : new StreamPlan(Delivery.Transcode, TranscodedContentType);

    public static bool IsPlayable(string path, string? codec) =>
        codec is not null
        && PlayableContainers.TryGetValue(codec.ToLowerInvariant(), out var containers)
        && containers.Contains(Extension(path));

    /// <summary>The media type of a file served as it is; Ogg names its codec because audio/ogg alone suggests Vorbis.</summary>
    private static string ContentType(string path, string? codec) => Extension(path) switch
    {
        ".mp3" => "audio/mpeg",
        ".flac" => "audio/flac",
        ".ogg" or ".oga" or ".opus" => string.Equals(codec, "opus", StringComparison.OrdinalIgnoreCase) ? "audio/ogg; codecs=opus" : "audio/ogg",
        ".m4a" or ".m4b" or ".mp4" => "audio/mp4",
        ".aac" => "audio/aac",
        ".wav" => "audio/wav",
        _ => "application/octet-stream",
    };

    private static string Extension(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant();
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediaSuite.Infrastructure.Media.Ffprobe;

/// <summary>The part of `ffprobe -print_format json -show_format -show_streams` we use.</summary>
public sealed record FfprobeOutput
{
    // The source-generated reader sets a missing property to null rather than leaving the initialiser's value.
    public IReadOnlyList<FfprobeStream> Streams { get; init => field = value ?? []; } = [];
    public FfprobeFormat? Format { get; init; }

    /// <summary>Throws <see cref="JsonException"/> when the text is not ffprobe's JSON object.</summary>
    public static FfprobeOutput Parse(string json) =>
        JsonSerializer.Deserialize(json, FfprobeJsonContext.Default.FfprobeOutput)
        ?? throw new JsonException("ffprobe printed JSON null");
}

public sealed record FfprobeFormat
{
    public string? Filename { get; init; }

    /// <summary>Comma-separated demuxer names: "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm".</summary>
    public string? FormatName { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<double>))]
    public double? Duration { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<long>))]
    public long? BitRate { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<long>))]
    public long? Size { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

public sealed record FfprobeStream
{
    public int Index { get; init; }
    public string? CodecName { get; init; }

    /// <summary>"video", "audio", "subtitle", "data", "attachment".</summary>
    public string? CodecType { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<int>))]
    public int? Width { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<int>))]
    public int? Height { get; init; }

    /// <summary>A fraction such as "30000/1001"; "0/0" when unknown.</summary>
    public string? AvgFrameRate { get; init; }
    public string? RFrameRate { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<int>))]
    public int? SampleRate { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<int>))]
    public int? Channels { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<int>))]
    public int? BitsPerSample { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<int>))]
    public int? BitsPerRawSample { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<long>))]
    public long? BitRate { get; init; }

    [JsonConverter(typeof(LenientNumberConverter<double>))]
    public double? Duration { get; init; }

    public IReadOnlyDictionary<string, int>? Disposition { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
    public IReadOnlyList<FfprobeSideData>? SideDataList { get; init; }

    /// <summary>Cover art in an audio or MP4 file shows up as a one-frame video stream.</summary>
    public bool IsAttachedPicture => Disposition?.GetValueOrDefault("attached_pic") == 1;
}

public sealed record FfprobeSideData
{
    /// <summary>"Display Matrix", "Stereo 3D", ...</summary>
    public string? SideDataType { get; init; }

    /// <summary>For a display matrix: ffprobe's angle, counter-clockwise (an iPhone portrait video says -90).</summary>
    [JsonConverter(typeof(LenientNumberConverter<double>))]
    public double? Rotation { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(FfprobeOutput))]
internal sealed partial class FfprobeJsonContext : JsonSerializerContext;

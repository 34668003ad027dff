using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Media.Ffprobe;

namespace MediaSuite.Infrastructure.Media;

/// <summary>Describes a video file from ffprobe's view of it.</summary>
public sealed class VideoProbe(IFfprobe ffprobe)
{
    /// <summary>Throws <see cref="MediaProbeException"/> when ffprobe fails or the file has no video stream.</summary>
    public async Task<VideoMetadata> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        var output = await ffprobe.ProbeAsync(path, cancellationToken);
        var video = output.Streams.FirstOrDefault(s => s.CodecType == "video" && !s.IsAttachedPicture)
            ?? throw new MediaProbeException($"'{path}' has no video stream", path);
        var audio = output.Streams.FirstOrDefault(s => s.CodecType == "audio");
        var format = output.Format;
        var location = Iso6709.Parse(FfprobeValues.Tag(format?.Tags, "location", "com.apple.quicktime.location.ISO6709")
            ?? FfprobeValues.Tag(video.Tags, "location"));
        return new VideoMetadata
        {
            DurationMs = FfprobeValues.Milliseconds(format?.Duration ?? video.Duration),
            Width = video.Width,
            Height = video.Height,
            Rotation = DisplayRotation.Of(video),
            VideoCodec = video.CodecName,
            AudioCodec = audio?.CodecName,
            Bitrate = FfprobeValues.Kilobits(format?.BitRate),
            FrameRate = FfprobeValues.FrameRate(video.AvgFrameRate) ?? FfprobeValues.FrameRate(video.RFrameRate),
            Container = format?.FormatName?.Split(',')[0],
            Title = FfprobeValues.Tag(format?.Tags, "title"),
            CreatedAt = CreatedAt(format, output.Streams),
            Latitude = location?.Latitude,
            Longitude = location?.Longitude,
            Altitude = location?.Altitude,
        };
    }

    private static DateTimeOffset? CreatedAt(FfprobeFormat? format, IReadOnlyList<FfprobeStream> streams)
    {
        // creation_time is UTC; Apple's creationdate keeps the camera's offset, so it is the better
        // second choice over the plain date tags some muxers write.
        string[] names = ["creation_time", "com.apple.quicktime.creationdate", "date"];
        foreach (var name in names)
        {
            if (FfprobeValues.Date(FfprobeValues.Tag(format?.Tags, name)) is { } formatDate) return formatDate;
            foreach (var stream in streams)
                if (FfprobeValues.Date(FfprobeValues.Tag(stream.Tags, name)) is { } streamDate) return streamDate;
        }
        return null;
    }
}

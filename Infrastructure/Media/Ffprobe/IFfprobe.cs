namespace MediaSuite.Infrastructure.Media.Ffprobe;

/// <summary>Describes a media file's container and streams (ffprobe's -show_format -show_streams).</summary>
public interface IFfprobe
{
    /// <summary>Throws <see cref="MediaProbeException"/> when the file cannot be probed, <see cref="OperationCanceledException"/> when cancelled.</summary>
    Task<FfprobeOutput> ProbeAsync(string path, CancellationToken cancellationToken = default);
}

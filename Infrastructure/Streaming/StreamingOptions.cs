using System.ComponentModel.DataAnnotations;

namespace MediaSuite.Infrastructure.Streaming;

/// <summary>Section "MediaSuite:Streaming".</summary>
public sealed class StreamingOptions
{
    public const string Section = "MediaSuite:Streaming";

    /// <summary>
    /// How long a signed stream link works. Default 10 minutes: long enough to start a track on a
    /// slow device, short enough that a link copied from a log or a cast device is soon useless.
    /// The player asks for a fresh link before this runs out.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Opus bitrate for tracks a browser cannot play as they are (ALAC, WMA, APE ...). Default 160 kbit/s.</summary>
    [Range(32, 510)]
    public int TranscodeBitrateKbps { get; set; } = 160;
}

using System.ComponentModel.DataAnnotations;

namespace MediaSuite.Infrastructure.Media.Ffprobe;

/// <summary>Section "MediaSuite:Ffprobe".</summary>
public sealed class FfprobeOptions
{
    public const string Section = "MediaSuite:Ffprobe";

    /// <summary>The ffprobe executable, a path or a name looked up on PATH. Default "ffprobe".</summary>
    [Required]
    public string ExecutablePath { get; set; } = "ffprobe";

    /// <summary>How long one probe may run before ffprobe is killed. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

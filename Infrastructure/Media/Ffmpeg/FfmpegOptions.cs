using System.ComponentModel.DataAnnotations;

namespace MediaSuite.Infrastructure.Media.Ffmpeg;

/// <summary>Section "MediaSuite:Ffmpeg".</summary>
public sealed class FfmpegOptions
{
    public const string Section = "MediaSuite:Ffmpeg";

    /// <summary>The ffmpeg executable, a path or a name looked up on PATH. Default "ffmpeg".</summary>
    [Required]
    public string ExecutablePath { get; set; } = "ffmpeg";
}

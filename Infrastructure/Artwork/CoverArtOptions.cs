using System.ComponentModel.DataAnnotations;
using MediaSuite.Domain.Artwork;

namespace MediaSuite.Infrastructure.Artwork;

/// <summary>Section "MediaSuite:Covers".</summary>
public sealed class CoverArtOptions
{
    public const string Section = "MediaSuite:Covers";

    /// <summary>The libvips command-line tool, a path or a name looked up on PATH. Default "vips" (Debian libvips-tools).</summary>
    [Required]
    public string VipsPath { get; set; } = "vips";

    /// <summary>How long one resize may run before vips is killed. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest width or height a client may ask for, and the cap on the "original" size. Default 2048.</summary>
    [Range(64, 8192)]
    public int MaxDimension { get; set; } = CoverSizes.DefaultMaxDimension;

    /// <summary>JPEG and WebP quality, 1–100. Default 82.</summary>
    [Range(1, 100)]
    public int Quality { get; set; } = 82;

    /// <summary>vips processes that may run at once; a cold grid of covers would otherwise start one per image. Default: the number of cores.</summary>
    [Range(1, 64)]
    public int MaxConcurrentResizes { get; set; } = Environment.ProcessorCount;

    /// <summary>How long a browser may keep a cover fetched without (or with an outdated) version. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan UnversionedMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}

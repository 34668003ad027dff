using System.ComponentModel.DataAnnotations;
using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Library;

/// <summary>Section "MediaSuite:Library".</summary>
public sealed class LibraryOptions
{
    public const string Section = "MediaSuite:Library";

    /// <summary>Library folders declared in configuration; they appear in Settings → Libraries and are edited here.</summary>
    public List<ConfiguredLibrary> Folders { get; set; } = [];

    /// <summary>How long a file gone from an online library is kept (with its plays, ratings, playlists) before it is purged. Default 30 days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan MissingGracePeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>After file-system changes stop for this long, the changed folders are rescanned. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan WatcherQuietPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether folders are watched for changes (some network file systems do not report them). Default true.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Files whose metadata is read at the same time during a scan. Default: the number of cores.</summary>
    [Range(1, 64)]
    public int ReadParallelism { get; set; } = Environment.ProcessorCount;
}

public sealed class ConfiguredLibrary
{
    [Required]
    public string Path { get; set; } = "";
    public LibraryKind Kind { get; set; } = LibraryKind.Mixed;
    public string? Name { get; set; }
    public bool Enabled { get; set; } = true;
}

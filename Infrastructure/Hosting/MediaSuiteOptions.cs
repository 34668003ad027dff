using System.ComponentModel.DataAnnotations;

namespace MediaSuite.Infrastructure.Hosting;

/// <summary>Section "MediaSuite". Environment: MediaSuite__DataDirectory.</summary>
public sealed class MediaSuiteOptions
{
    public const string Section = "MediaSuite";

    /// <summary>Database, keys and caches. Default ~/.local/share/mediasuite; "~" is expanded.</summary>
    [Required]
    public string DataDirectory { get; set; } = "~/.local/share/mediasuite";

    public string ResolvedDataDirectory => ExpandHome(DataDirectory);

    public string DatabasePath => Path.Combine(ResolvedDataDirectory, "mediasuite.db");

    public static string ExpandHome(string path)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
            return Path.GetFullPath(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.TrimStart('~').TrimStart('/')));
        return Path.GetFullPath(path);
    }
}

namespace MediaSuite.Infrastructure.FileSystem;

public sealed record BrowsedFolder(string Path, string? Parent, IReadOnlyList<string> Children, string? Problem);

/// <summary>The server's folders, for the admin choosing a library path (only folder names are shown, never file contents).</summary>
public sealed class FolderBrowser
{
    /// <summary>Where media usually lives on a Linux server; the picker starts with those that exist.</summary>
    public IReadOnlyList<string> Suggestions()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] candidates = ["/media", "/mnt", "/srv", "/data", Path.Combine(home, "Music"), Path.Combine(home, "Videos"), Path.Combine(home, "Pictures"), home, "/"];
        return candidates.Where(Directory.Exists).Distinct().ToList();
    }

    public BrowsedFolder List(string? path)
    {
        var folder = string.IsNullOrWhiteSpace(path) ? "/" : Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (folder.Length == 0) folder = "/";
        var parent = folder == "/" ? null : Path.GetDirectoryName(folder) ?? "/";
        if (!Directory.Exists(folder)) return new BrowsedFolder(folder, parent, [], $"'{folder}' does not exist.");
        try
        {
            var children = new DirectoryInfo(folder).EnumerateDirectories("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                .Select(d => d.Name).Where(n => !n.StartsWith('.')).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).Take(1000).ToList();
            return new BrowsedFolder(folder, parent, children, null);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return new BrowsedFolder(folder, parent, [], $"'{folder}' cannot be read: {ex.Message}");
        }
    }
}

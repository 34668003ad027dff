using System.Security.Cryptography;
using System.Text;

namespace MediaSuite.Infrastructure.FileSystem;

/// <summary>
/// Lists library folders. A folder's digest covers its entries' names, sizes and modification
/// times, so an unchanged folder is recognised from the listing alone, without opening a file.
/// Entries that cannot be used (undecodable names, paths too long, symlink loops, unreadable
/// folders) become problems with a reason; the walk goes on.
/// </summary>
public sealed class FolderWalker
{
    /// <summary>Linux PATH_MAX; longer paths cannot be opened.</summary>
    public const int MaxPathLength = 4096;

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.None,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Lists <paramref name="relativePath"/> under <paramref name="root"/>; <paramref name="visited"/> holds the real paths already walked (loop detection).</summary>
    public FolderListing List(string root, string relativePath, ISet<string> visited)
    {
        var directory = relativePath.Length == 0 ? root : Path.Combine(root, relativePath);
        var files = new List<FileEntry>();
        var subfolders = new List<string>();
        var problems = new List<(string, string)>();
        try
        {
            foreach (var info in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", Options))
            {
                var child = relativePath.Length == 0 ? info.Name : relativePath + "/" + info.Name;
                if (info.Name.Contains('\uFFFD'))
                {
                    problems.Add((child, "The file name is not valid UTF-8, so it cannot be opened by name; rename it."));
                    continue;
                }
                if (info.FullName.Length >= MaxPathLength)
                {
                    problems.Add((child, $"The path is longer than {MaxPathLength} characters, which the system cannot open."));
                    continue;
                }
                if (info is DirectoryInfo dir)
                {
                    if (LoopTarget(dir, visited) is { } loop) problems.Add((child, $"Symbolic link loop: it leads back to {loop}."));
                    else subfolders.Add(child);
                }
                else if (info is FileInfo file)
                {
                    if (file.LinkTarget is not null && !file.Exists)
                        problems.Add((child, "Broken symbolic link: its target does not exist."));
                    else
                        files.Add(new FileEntry(info.Name, file.Length, file.LastWriteTimeUtc.Ticks));
                }
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            problems.Add((relativePath.Length == 0 ? "." : relativePath, $"The folder cannot be read: {ex.Message}"));
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        subfolders.Sort(string.CompareOrdinal);
        return new FolderListing(relativePath, files, subfolders, problems, Digest(files, subfolders));
    }

    /// <summary>The real path of a directory; a symlinked one already walked is a loop.</summary>
    private static string? LoopTarget(DirectoryInfo dir, ISet<string> visited)
    {
        if (dir.LinkTarget is null) return null;
        var target = dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        if (target is null) return "a target that does not exist";
        var real = Path.TrimEndingDirectorySeparator(target);
        return visited.Contains(real) || visited.Any(v => v.StartsWith(real + "/", StringComparison.Ordinal) || v == real) ? real : null;
    }

    public static string Digest(IReadOnlyList<FileEntry> files, IReadOnlyList<string> subfolders)
    {
        var text = new StringBuilder(files.Count * 48 + subfolders.Count * 24);
        foreach (var f in files) text.Append(f.Name).Append('\0').Append(f.Size).Append('\0').Append(f.ModifiedTicks).Append('\n');
        foreach (var d in subfolders) text.Append(d).Append("/\n");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(hash, 0, 16);
    }
}

using System.Runtime.InteropServices;

namespace MediaSuite.Benchmarks;

/// <summary>
/// The synthetic library: files hard-linked from the clips into Artist/Album folders, so 100,000
/// real audio files cost the disk only the clips. Touching a file breaks its link first, so only
/// that file changes (touching a link would change every file sharing the inode).
/// </summary>
internal static partial class LibraryTree
{
    public static void Build(string root, IReadOnlyList<string> clips, int files, int folders)
    {
        var marker = Path.Combine(root, ".benchmark-tree");
        if (File.Exists(marker) && File.ReadAllText(marker) == $"{files}/{folders}/{clips.Count}") return;
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var perFolder = (int)Math.Ceiling(files / (double)folders);
        var made = 0;
        for (var f = 0; f < folders && made < files; f++)
        {
            var folder = Path.Combine(root, $"Artist {f / 10:D4}", $"Album {f:D5}");
            Directory.CreateDirectory(folder);
            for (var t = 0; t < perFolder && made < files; t++, made++)
            {
                var clip = clips[made % clips.Count];
                var target = Path.Combine(folder, $"{t + 1:D2} Track{Path.GetExtension(clip)}");
                if (Link(clip, target) != 0) File.Copy(clip, target);
            }
        }
        File.WriteAllText(marker, $"{files}/{folders}/{clips.Count}");
    }

    public static IReadOnlyList<string> Touch(string root, double share, int seed)
    {
        var all = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".benchmark-tree")).Order(StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        var chosen = all.OrderBy(_ => random.Next()).Take((int)(all.Count * share)).ToList();
        foreach (var file in chosen)
        {
            var copy = file + ".tmp";
            File.Copy(file, copy);
            File.Move(copy, file, overwrite: true);
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
        }
        return chosen;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string created);
}

using MediaSuite.Domain.Library;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.FileSystem;
using MediaSuite.Infrastructure.Library;

namespace MediaSuite.Jobs.Ingest;

/// <summary>What one changed folder needs: which files to read (new or changed), which came back, which went.</summary>
internal sealed class FolderPlan
{
    public required FolderListing Listing { get; init; }
    public required List<(FileEntry Entry, MediaKind Kind, long? ExistingId)> ToRead { get; init; }
    public required List<long> Revived { get; init; }
    public required List<long> Gone { get; init; }
    public string? CoverPath { get; init; }
    public FileWrite[] Reads = [];

    public static FolderPlan Make(FolderListing listing, MediaLibrary library, string root, IReadOnlyList<StoredFile> stored, ScanStats stats)
    {
        var byPath = stored.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var toRead = new List<(FileEntry, MediaKind, long?)>();
        var revived = new List<long>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in listing.Files)
        {
            if (MediaKinds.ClassifyInLibrary(entry.Name, library.Kind) is not { } kind) continue;
            var path = Join(listing.RelativePath, entry.Name);
            present.Add(path);
            stats.Seen++;
            if (!byPath.TryGetValue(path, out var old)) { toRead.Add((entry, kind, null)); stats.New++; }
            else if (old.Size != entry.Size || old.ModifiedTicks != entry.ModifiedTicks) { toRead.Add((entry, kind, old.Id)); stats.Changed++; }
            else if (old.State == FileState.Missing) { revived.Add(old.Id); stats.Revived++; }
            else stats.Unchanged++;
        }
        var gone = stored.Where(f => f.State == FileState.Present && !present.Contains(f.Path)).Select(f => f.Id).ToList();
        stats.Removed += gone.Count;
        return new FolderPlan { Listing = listing, ToRead = toRead, Revived = revived, Gone = gone, CoverPath = CoverOf(listing, root) };
    }

    public FolderChange ToChange() => new(
        Listing.RelativePath, Listing.Digest, Reads, Revived, Gone, Listing.Problems, CoverPath,
        MusicGrouping.DiscFromFolder(Path.GetFileName(Listing.RelativePath)));

    /// <summary>cover > folder > front > album art, JPEG/PNG/WebP, as Jellyfin and Navidrome look for them.</summary>
    private static string? CoverOf(FolderListing listing, string root)
    {
        string[] names = ["cover", "folder", "front", "album", "albumart"];
        var best = listing.Files.Where(f => MediaKinds.IsSidecar(f.Name) && !f.Name.EndsWith(".lrc", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Array.IndexOf(names, Path.GetFileNameWithoutExtension(f.Name).ToLowerInvariant()))
            .FirstOrDefault();
        return best is null ? null : Path.Combine(root, listing.RelativePath, best.Name);
    }

    public static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}

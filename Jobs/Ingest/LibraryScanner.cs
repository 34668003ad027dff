using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.FileSystem;
using MediaSuite.Infrastructure.Hosting;
using MediaSuite.Infrastructure.Library;
using Microsoft.Extensions.Options;

namespace MediaSuite.Jobs.Ingest;

/// <summary>
/// Scans one library (or one folder of it) in phases: walk (list and digest folders; unchanged ones
/// are skipped), diff (against the catalogue), read (metadata, in parallel), persist (a transaction
/// per folder batch), reconcile (moved files keep their identity), prune (purge what has been missing
/// past the grace period). A library whose root is gone, unreadable or suddenly empty is offline:
/// nothing in it is touched. See Jobs/Ingest/README.md.
/// </summary>
public sealed class LibraryScanner(
    FolderWalker walker, IMediaMetadataReader reader, IOptions<MediaSuiteOptions> paths, IOptions<LibraryOptions> options, TimeProvider clock)
{
    private const int BatchFiles = 256;
    private const int BatchFolders = 64;

    public async Task<ScanStats> ScanAsync(MediaLibrary library, ScanTarget target, bool force, Action<ScanStats, string> report, CancellationToken cancellationToken)
    {
        var stats = new ScanStats();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var session = await ScanSession.OpenAsync(paths.Value.DatabasePath, library, clock.GetUtcNow(), cancellationToken);
        var writer = new CatalogWriter(session, clock);
        var maintenance = new CatalogMaintenance(session, clock);

        stats.Offline = await OfflineReasonAsync(library, session);
        if (stats.Offline is not null)
        {
            await maintenance.RecordScanAsync(stats.Offline);
            return stats;
        }

        report(stats, "walk");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal) { Path.TrimEndingDirectorySeparator(Path.GetFullPath(library.Path)) };
        var queue = new Queue<string>([target.SubPath]);
        var batch = new List<FolderPlan>();
        var writing = Task.CompletedTask;
        while (queue.TryDequeue(out var folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var listing = walker.List(library.Path, folder, visited);
            seen.Add(folder);
            stats.Folders++;
            Interlocked.Add(ref stats.Problems, listing.Problems.Count);
            foreach (var sub in listing.Subfolders)
            {
                queue.Enqueue(sub);
                visited.Add(Path.Combine(library.Path, sub));
            }
            if (!force && session.Folders.TryGetValue(folder, out var known) && known.Digest == listing.Digest)
            {
                var media = CountMedia(listing, library);
                stats.FoldersSkipped++;
                stats.Seen += media;
                stats.Unchanged += media;
                continue;
            }
            var stored = session.Folders.TryGetValue(folder, out var row) ? session.FilesIn(row.Id) : [];
            batch.Add(FolderPlan.Make(listing, library, library.Path, stored, stats));
            if (batch.Sum(p => p.ToRead.Count) >= BatchFiles || batch.Count >= BatchFolders)
            {
                writing = await FlushAsync(batch, library, writer, stats, writing, cancellationToken);
                stats.Elapsed = started.Elapsed;
                report(stats, "read and persist");
            }
        }
        await await FlushAsync(batch, library, writer, stats, writing, cancellationToken);

        report(stats, "prune");
        foreach (var gone in session.Folders.Keys.Where(f => target.Covers(f) && !seen.Contains(f) && session.Folders[f].Digest.Length > 0).ToList())
            await writer.MarkFolderGoneAsync(gone);
        stats.Moved = await maintenance.ReconcileMovesAsync();
        stats.Removed -= stats.Moved;
        stats.Purged = await maintenance.PurgeAsync(options.Value.MissingGracePeriod);
        await maintenance.RecordScanAsync(null);
        stats.Elapsed = started.Elapsed;
        report(stats, "done");
        return stats;
    }

    /// <summary>
    /// Reads every file the batch needs, in parallel, then hands the batch to the writer, which
    /// commits it (one transaction for the batch) while the walk and the reads of the next batch go on.
    /// </summary>
    /// <returns>The writing of this batch; the previous one has finished.</returns>
    private async Task<Task> FlushAsync(List<FolderPlan> batch, MediaLibrary library, CatalogWriter writer, ScanStats stats, Task previous, CancellationToken cancellationToken)
    {
        var plans = batch.ToList();
        batch.Clear();
        var work = plans.SelectMany(plan => plan.ToRead.Select((file, index) => (plan, file, index))).ToList();
        foreach (var plan in plans) plan.Reads = new FileWrite[plan.ToRead.Count];
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = options.Value.ReadParallelism, CancellationToken = cancellationToken },
            async (item, token) => item.plan.Reads[item.index] = await ReadAsync(library, item.plan.Listing, item.file, token));
        await previous;
        return Task.Run(async () =>
        {
            foreach (var plan in plans) Interlocked.Add(ref stats.Problems, plan.Reads.Count(r => r.Read.Problem is not null));
            await writer.ApplyAsync(plans.Select(plan => plan.ToChange()).ToList());
        }, CancellationToken.None);
    }

    private async Task<FileWrite> ReadAsync(MediaLibrary library, FolderListing listing, (FileEntry Entry, MediaKind Kind, long? ExistingId) file, CancellationToken cancellationToken)
    {
        var relative = FolderPlan.Join(listing.RelativePath, file.Entry.Name);
        var fullPath = Path.Combine(library.Path, relative);
        MediaReadResult read;
        string fingerprint;
        if (file.Entry.Size == 0)
        {
            read = MediaReadResult.Failed("The file is empty (0 bytes).");
            fingerprint = "";
        }
        else
        {
            (read, fingerprint) = await reader.ReadWithFingerprintAsync(fullPath, file.Kind, cancellationToken);
        }
        var lyrics = file.Kind == MediaKind.Audio ? SidecarLyrics(library, listing, file.Entry.Name) : null;
        return new FileWrite(relative, file.Entry.Name, file.Kind, file.Entry.Size, file.Entry.ModifiedTicks, fingerprint, read, file.ExistingId, lyrics);
    }

    /// <summary>A ".lrc" beside the track with the same name, normalised; it wins over lyrics embedded in the tags.</summary>
    private static string? SidecarLyrics(MediaLibrary library, FolderListing listing, string fileName)
    {
        var lrcName = Path.GetFileNameWithoutExtension(fileName) + ".lrc";
        var entry = listing.Files.FirstOrDefault(f => string.Equals(f.Name, lrcName, StringComparison.OrdinalIgnoreCase));
        if (entry is null || entry.Size > 1_000_000) return null;
        try
        {
            return Lrc.Format(Lrc.Parse(File.ReadAllText(Path.Combine(library.Path, listing.RelativePath, entry.Name))));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Never delete on an unmounted drive: a missing, unreadable or suddenly empty root means the library is offline.</summary>
    private static async Task<string?> OfflineReasonAsync(MediaLibrary library, ScanSession session)
    {
        if (!Directory.Exists(library.Path)) return $"The folder {library.Path} is not there (drive unmounted or removed?). Its files are kept as they were.";
        bool empty;
        try
        {
            empty = !Directory.EnumerateFileSystemEntries(library.Path).Any();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return $"The folder {library.Path} cannot be read: {ex.Message}. Its files are kept as they were.";
        }
        if (!empty) return null;
        var known = await session.ScalarAsync("SELECT COUNT(*) FROM Files WHERE LibraryId = $lib AND State = 'Present'", ("$lib", library.Id));
        return known > 0 ? $"The folder {library.Path} is empty but held {known:N0} files (is the drive mounted?). Its files are kept as they were." : null;
    }

    private static int CountMedia(FolderListing listing, MediaLibrary library) =>
        listing.Files.Count(f => MediaKinds.ClassifyInLibrary(f.Name, library.Kind) is not null);
}

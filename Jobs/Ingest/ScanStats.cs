namespace MediaSuite.Jobs.Ingest;

/// <summary>The running totals a scan reports (and the summary it ends with).</summary>
public sealed class ScanStats
{
    public long Folders;
    public long FoldersSkipped;
    public long Seen;
    public long New;
    public long Changed;
    public long Unchanged;
    public long Removed;
    public long Revived;
    public long Moved;
    public long Purged;
    public long Problems;
    public string? Offline;
    public TimeSpan Elapsed;

    /// <summary>Adds another library's totals (the nightly scan reports all libraries as one run).</summary>
    public void Add(ScanStats other)
    {
        Folders += other.Folders; FoldersSkipped += other.FoldersSkipped; Seen += other.Seen; New += other.New;
        Changed += other.Changed; Unchanged += other.Unchanged; Removed += other.Removed; Revived += other.Revived;
        Moved += other.Moved; Purged += other.Purged; Problems += other.Problems; Elapsed += other.Elapsed;
    }

    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Seen / Elapsed.TotalSeconds : 0;

    public string Describe() => Offline is not null
        ? $"Offline, nothing changed: {Offline}"
        : $"{Seen:N0} files in {Folders:N0} folders ({FoldersSkipped:N0} unchanged) · {New:N0} new · {Changed:N0} changed · {Removed:N0} removed · " +
          $"{Moved:N0} moved · {Revived:N0} back · {Purged:N0} purged · {Problems:N0} problems · {FilesPerSecond:N0} files/s";
}

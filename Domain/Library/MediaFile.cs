namespace MediaSuite.Domain.Library;

public enum MediaKind
{
    Audio,
    Video,
    Photo,
}

public enum FileState
{
    Present,

    /// <summary>Gone from a library that was online; purged after the grace period unless it comes back.</summary>
    Missing,
}

/// <summary>
/// One media file. Its id is its identity for user data (plays, ratings, tags, playlists): a file
/// that moves or is renamed keeps it, matched by size and a quick content fingerprint.
/// </summary>
public sealed class MediaFile
{
    public long Id { get; set; }
    public int LibraryId { get; set; }
    public long FolderId { get; set; }

    /// <summary>Relative to the library root with '/' separators.</summary>
    public required string Path { get; set; }
    public MediaKind Kind { get; set; }
    public long Size { get; set; }

    /// <summary>Last-write time in UTC ticks, as the file system reports it.</summary>
    public long ModifiedTicks { get; set; }

    /// <summary>Size plus hashes of the first and last 64 KiB: cheap to compute, stable across moves.</summary>
    public required string Fingerprint { get; set; }

    public FileState State { get; set; }
    public DateTimeOffset? MissingSince { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A file the scanner could not use, with the reason shown to the admin. The scan went on.</summary>
public sealed class ScanProblem
{
    public long Id { get; set; }
    public int LibraryId { get; set; }

    /// <summary>The folder the problem was found in, relative to the library root; a rescan of the folder replaces its problems.</summary>
    public required string Folder { get; set; }
    public required string Path { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset SeenAt { get; set; }
}

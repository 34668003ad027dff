namespace MediaSuite.Domain.Library;

public enum LibraryKind
{
    Music,
    Videos,
    Photos,

    /// <summary>Each file's kind is decided by its extension.</summary>
    Mixed,
}

/// <summary>A folder the household's media lives in; several on different drives is normal.</summary>
public sealed class MediaLibrary
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Absolute path on the server.</summary>
    public required string Path { get; set; }
    public LibraryKind Kind { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>Declared in appsettings (MediaSuite:Libraries) rather than added in the UI; such a library is edited there.</summary>
    public bool FromConfiguration { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastScanAt { get; set; }

    /// <summary>Set when the last scan found the root missing, unreadable or unmounted; its files were left untouched.</summary>
    public string? OfflineReason { get; set; }
}

/// <summary>A directory inside a library, with the digest of its entries at the last scan.</summary>
public sealed class MediaFolder
{
    public long Id { get; set; }
    public int LibraryId { get; set; }

    /// <summary>Relative to the library root with '/' separators; "" for the root.</summary>
    public required string Path { get; set; }

    /// <summary>Hash of the sorted names, sizes and modification times of the folder's entries.</summary>
    public required string Digest { get; set; }
    public DateTimeOffset ScannedAt { get; set; }
}

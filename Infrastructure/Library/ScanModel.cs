using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Library;

/// <summary>A file row as the catalogue has it, for comparing with the listing.</summary>
public sealed record StoredFile(long Id, string Path, long Size, long ModifiedTicks, FileState State);

/// <summary>A file to add (no id) or refresh (existing id), with what reading it gave.</summary>
public sealed record FileWrite(string Path, string Name, MediaKind Kind, long Size, long ModifiedTicks, string Fingerprint, MediaReadResult Read, long? ExistingId, string? SyncedLyrics);

/// <summary>Everything one folder's rescan changes, written in one transaction.</summary>
public sealed record FolderChange(
    string Path,
    string Digest,
    IReadOnlyList<FileWrite> Writes,
    IReadOnlyList<long> Revived,
    IReadOnlyList<long> Gone,
    IReadOnlyList<(string Path, string Reason)> Problems,
    string? CoverPath,
    int? DiscFromFolder);

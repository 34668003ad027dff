namespace MediaSuite.Infrastructure.FileSystem;

/// <summary>A file as the directory listing reports it: no content has been read.</summary>
public sealed record FileEntry(string Name, long Size, long ModifiedTicks);

/// <summary>One directory's entries, its digest, and the entries that could not be used (with reasons).</summary>
public sealed record FolderListing(
    string RelativePath,
    IReadOnlyList<FileEntry> Files,
    IReadOnlyList<string> Subfolders,
    IReadOnlyList<(string RelativePath, string Reason)> Problems,
    string Digest);

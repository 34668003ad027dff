namespace MediaSuite.Domain.Library;

/// <summary>Which files a library takes, by extension.</summary>
public static class MediaKinds
{
    private static readonly HashSet<string> Audio = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp3", ".mp2", ".flac", ".ogg", ".oga", ".opus", ".m4a", ".m4b", ".alac", ".aac", ".wav", ".aif", ".aiff", ".aifc",
        ".wma", ".ape", ".wv", ".mka", ".dsf", ".dff", ".tta", ".ac3", ".mpc",
    };

    private static readonly HashSet<string> Video = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp4", ".m4v", ".mkv", ".webm", ".mov", ".avi", ".wmv", ".mpg", ".mpeg", ".ts", ".m2ts", ".mts", ".flv", ".3gp", ".ogv",
    };

    private static readonly HashSet<string> Photo = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".heic", ".heif", ".avif", ".webp", ".tif", ".tiff", ".gif",
        ".cr2", ".cr3", ".nef", ".arw", ".dng", ".orf", ".rw2", ".raf",
    };

    /// <summary>The kind a library of this sort takes the file as, or null when it ignores it (sidecars, documents, a video in a music library).</summary>
    public static MediaKind? Classify(string fileName, LibraryKind library)
    {
        var extension = System.IO.Path.GetExtension(fileName);
        MediaKind? kind = Audio.Contains(extension) ? MediaKind.Audio
            : Video.Contains(extension) ? MediaKind.Video
            : Photo.Contains(extension) ? MediaKind.Photo
            : null;
        return (library, kind) switch
        {
            (_, null) => null,
            (LibraryKind.Mixed, _) => kind,
            (LibraryKind.Music, MediaKind.Audio) => kind,
            (LibraryKind.Videos, MediaKind.Video) => kind,
            (LibraryKind.Photos, MediaKind.Photo or MediaKind.Video) => kind, // phones put clips beside photos
            _ => null,
        };
    }

    /// <summary>
    /// What a library scan takes the file as: <see cref="Classify"/>, except that a cover image or
    /// .lrc beside tracks is their sidecar, not media of its own (a Photos library keeps every image).
    /// </summary>
    public static MediaKind? ClassifyInLibrary(string fileName, LibraryKind library) =>
        library != LibraryKind.Photos && IsSidecar(fileName) ? null : Classify(fileName, library);

    /// <summary>Files the scanner reads for what they say about their neighbours, not as media.</summary>
    public static bool IsSidecar(string fileName)
    {
        var extension = System.IO.Path.GetExtension(fileName);
        if (extension.Equals(".lrc", StringComparison.OrdinalIgnoreCase)) return true;
        var stem = System.IO.Path.GetFileNameWithoutExtension(fileName);
        return extension.ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp"
               && stem.ToLowerInvariant() is "cover" or "folder" or "front" or "album" or "albumart";
    }
}

using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Tags;

/// <summary>
/// Reads one container's tags and stream header. Readers seek rather than read the whole file: a
/// scan touches a few kilobytes per file (plus the tail for ID3v1 and MP4 atoms).
/// </summary>
public interface IAudioTagReader
{
    /// <summary>Lower-case extensions with the dot (".mp3").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Whether the first bytes of a file look like this container (at least 16 bytes are given when the file has them).</summary>
    bool Recognises(ReadOnlySpan<byte> header);

    /// <summary>Reads the file; throws <see cref="TagReadException"/> for a corrupt or truncated file.</summary>
    AudioMetadata Read(Stream stream, TagReadOptions options);
}

public sealed record TagReadOptions(bool IncludePictureData = false)
{
    public static TagReadOptions Scan { get; } = new();
    public static TagReadOptions WithPictures { get; } = new(IncludePictureData: true);
}

/// <summary>The file cannot be read as what it claims to be; the message says why, for the problems list.</summary>
public sealed class TagReadException(string reason, Exception? inner = null) : Exception(reason, inner);

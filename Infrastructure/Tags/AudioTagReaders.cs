using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Tags;

/// <summary>
/// Picks the container reader for a file: by its extension when the first bytes agree (or nothing
/// else claims them), otherwise by its first bytes (a FLAC named .mp3 is still read as FLAC).
/// </summary>
public sealed class AudioTagReaders(IEnumerable<IAudioTagReader> readers)
{
    private const int HeaderBytes = 64;
    private readonly IReadOnlyList<IAudioTagReader> _readers = readers.ToList();

    /// <summary>The metadata, or null when no reader of ours knows the format (the caller falls back to ffprobe).</summary>
    public AudioMetadata? TryRead(string path, TagReadOptions options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.RandomAccess);
        return TryRead(stream, path, options);
    }

    /// <summary>Reads from an open, seekable stream of the file at <paramref name="path"/> (the name picks the reader).</summary>
    public AudioMetadata? TryRead(Stream stream, string path, TagReadOptions options)
    {
        if (stream.Length == 0) throw new TagReadException("The file is empty (0 bytes).");
        stream.Position = 0;
        Span<byte> header = stackalloc byte[HeaderBytes];
        var read = stream.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false);
        header = header[..read];
        stream.Position = 0;

        var byExtension = ByExtension(path);
        IAudioTagReader? chosen = null;
        if (byExtension is not null && byExtension.Recognises(header)) chosen = byExtension;
        else
        {
            foreach (var reader in _readers)
                if (reader.Recognises(header)) { chosen = reader; break; }
            chosen ??= byExtension;
        }
        return chosen?.Read(stream, options);
    }

    private IAudioTagReader? ByExtension(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Contains(extension));
    }
}

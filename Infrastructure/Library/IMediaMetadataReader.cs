using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Library;

/// <summary>What reading one file gave: the metadata of its kind, or the reason it could not be read.</summary>
public sealed record MediaReadResult(AudioMetadata? Audio = null, VideoMetadata? Video = null, PhotoMetadata? Photo = null, string? Problem = null)
{
    public static MediaReadResult Failed(string problem) => new(Problem: problem);
}

/// <summary>Reads any media file's metadata: our own tag readers for audio, ffprobe for video and other audio, MetadataExtractor for photos.</summary>
public interface IMediaMetadataReader
{
    Task<MediaReadResult> ReadAsync(string path, MediaKind kind, CancellationToken cancellationToken);

    /// <summary>The metadata and the move fingerprint, from one opening of the file (the scanner's path).</summary>
    Task<(MediaReadResult Read, string Fingerprint)> ReadWithFingerprintAsync(string path, MediaKind kind, CancellationToken cancellationToken);
}

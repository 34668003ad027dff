using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.FileSystem;
using MediaSuite.Infrastructure.Media;
using MediaSuite.Infrastructure.Media.Ffprobe;
using MediaSuite.Infrastructure.Media.Photos;
using MediaSuite.Infrastructure.Tags;

namespace MediaSuite.Infrastructure.Library;

/// <summary>
/// One entry point for reading any media file: our own tag readers for the common audio containers
/// (fast, in-process), ffprobe for video and the other audio formats, MetadataExtractor for photos.
/// Every failure becomes a problem sentence; nothing here throws for a bad file.
/// </summary>
public sealed class MediaMetadataReader(AudioTagReaders tags, AudioProbe audioProbe, VideoProbe videoProbe, PhotoMetadataReader photos) : IMediaMetadataReader
{
    public async Task<MediaReadResult> ReadAsync(string path, MediaKind kind, CancellationToken cancellationToken) =>
        (await ReadWithFingerprintAsync(path, kind, cancellationToken)).Read;

    public async Task<(MediaReadResult Read, string Fingerprint)> ReadWithFingerprintAsync(string path, MediaKind kind, CancellationToken cancellationToken)
    {
        var fingerprint = "";
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.RandomAccess);
            fingerprint = Fingerprint.Of(stream);
            stream.Position = 0;
            var read = kind switch
            {
                MediaKind.Audio => new MediaReadResult(Audio: tags.TryRead(stream, path, TagReadOptions.Scan) ?? await audioProbe.ProbeAsync(path, cancellationToken)),
                MediaKind.Video => new MediaReadResult(Video: await videoProbe.ProbeAsync(path, cancellationToken)),
                MediaKind.Photo => new MediaReadResult(Photo: photos.Read(stream, Path.GetFileName(path))),
                _ => MediaReadResult.Failed($"MediaSuite does not read {kind} files."),
            };
            return (read, fingerprint);
        }
        catch (TagReadException ex) { return (MediaReadResult.Failed(ex.Message), fingerprint); }
        catch (MediaProbeException ex) { return (MediaReadResult.Failed(ex.Message), fingerprint); }
        catch (PhotoReadException ex) { return (MediaReadResult.Failed(ex.Message), fingerprint); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return (MediaReadResult.Failed($"The file cannot be read: {ex.Message}"), fingerprint); }
    }
}

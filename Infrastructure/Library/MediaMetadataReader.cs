using MediaSuite.Domain.Library;
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
    public async Task<MediaReadResult> ReadAsync(string path, MediaKind kind, CancellationToken cancellationToken)
    {
        try
        {
            return kind switch
            {
                MediaKind.Audio => new MediaReadResult(Audio: tags.TryRead(path, TagReadOptions.Scan) ?? await audioProbe.ProbeAsync(path, cancellationToken)),
                MediaKind.Video => new MediaReadResult(Video: await videoProbe.ProbeAsync(path, cancellationToken)),
                MediaKind.Photo => new MediaReadResult(Photo: photos.Read(path)),
                _ => MediaReadResult.Failed($"MediaSuite does not read {kind} files."),
            };
        }
        catch (TagReadException ex) { return MediaReadResult.Failed(ex.Message); }
        catch (MediaProbeException ex) { return MediaReadResult.Failed(ex.Message); }
        catch (PhotoReadException ex) { return MediaReadResult.Failed(ex.Message); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return MediaReadResult.Failed($"The file cannot be read: {ex.Message}"); }
    }
}

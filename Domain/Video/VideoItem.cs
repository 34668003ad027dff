using MediaSuite.Domain.Library;

namespace MediaSuite.Domain.Video;

/// <summary>A video; its id is its media file's.</summary>
public sealed class VideoItem
{
    public long Id { get; set; }
    public VideoMetadata Metadata { get; set; } = new();
}

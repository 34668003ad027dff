using MediaSuite.Domain.Library;

namespace MediaSuite.Domain.Photos;

/// <summary>A photo; its id is its media file's.</summary>
public sealed class Photo
{
    public long Id { get; set; }
    public PhotoMetadata Metadata { get; set; } = new();
}

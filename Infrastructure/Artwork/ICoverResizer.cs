using MediaSuite.Domain.Artwork;

namespace MediaSuite.Infrastructure.Artwork;

/// <summary>Makes one size of a cover. The input is any image libvips reads; the output file's extension is the format.</summary>
public interface ICoverResizer
{
    /// <exception cref="CoverUnavailableException">The image cannot be read or resized.</exception>
    Task ResizeAsync(Stream image, string outputPath, CoverBox box, CoverFormat format, CancellationToken cancellationToken);
}

/// <summary>The cover's source cannot be turned into an image (gone, unreadable, not an image, too slow); the caller shows a placeholder.</summary>
public sealed class CoverUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner);

using System.Text;
using MediaSuite.Domain.Artwork;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaSuite.Infrastructure.Artwork;

/// <summary>A cover ready to send: a cached file, or the bytes of a placeholder.</summary>
public sealed record CoverImage(string ETag, string ContentType, string? FilePath, byte[]? Content)
{
    /// <summary>A placeholder shown because the real source failed: worth asking again soon, not caching for a year.</summary>
    public bool Fallback { get; init; }
}

/// <summary>The one way to covers: which source, which version, which bytes.</summary>
public sealed partial class CoverArtService(
    CoverSourceResolver sources,
    CoverVariantCache cache,
    ICoverResizer resizer,
    AudioTagReaders tagReaders,
    IOptions<CoverArtOptions> options,
    ILogger<CoverArtService> logger)
{
    public int MaxDimension => options.Value.MaxDimension;

    /// <summary>The current source of a cover, or null when there is no such album, track or artist.</summary>
    public Task<CoverSource?> FindAsync(CoverKind kind, long id, CancellationToken cancellationToken = default) =>
        sources.ResolveAsync(kind, id, cancellationToken);

    /// <summary>
    /// "/api/covers/album/12?v=3fa9c1d2e4b5&amp;w=300": a URL that names the cover's current version and
    /// may therefore be cached for good. Null when there is no such album, track or artist.
    /// </summary>
    public async Task<string?> UrlAsync(CoverKind kind, long id, int? width = CoverSizes.Card, int? height = null,
        CoverMode mode = CoverMode.Fit, CancellationToken cancellationToken = default) =>
        await FindAsync(kind, id, cancellationToken) is { } source
            ? CoverUrls.Versioned(kind, id, source.Hash, width, height, mode)
            : null;

    /// <summary>The versioned URLs of several albums' covers, looked up together; ids with no such album are left out.</summary>
    public async Task<IReadOnlyDictionary<long, string>> AlbumUrlsAsync(IReadOnlyCollection<long> ids, int? width = CoverSizes.Card, int? height = null,
        CoverMode mode = CoverMode.Fit, CancellationToken cancellationToken = default) =>
        (await sources.ResolveAlbumsAsync(ids, cancellationToken)).ToDictionary(s => s.Key, s => CoverUrls.Versioned(CoverKind.Album, s.Key, s.Value.Hash, width, height, mode));

    /// <summary>The entity tag of what <see cref="RenderAsync"/> gives for these arguments, known before any work is done.</summary>
    public static string ETagOf(CoverSource source, CoverRequest request, CoverFormat format) =>
        source is PlaceholderCover ? PlaceholderETag(source.Hash, request) : $"\"{request.VariantStem(source.Hash)}-{format.Extension()}\"";

    public async Task<CoverImage> RenderAsync(CoverSource source, CoverRequest request, CoverFormat format, CancellationToken cancellationToken = default)
    {
        if (source is PlaceholderCover placeholder) return Placeholder(placeholder, request);
        try
        {
            var box = request.BoxWithin(options.Value.MaxDimension);
            var path = await cache.GetOrCreateAsync(request.VariantName(source.Hash, format),
                temporary => ResizeAsync(source, temporary, box, format), cancellationToken);
            return new CoverImage(ETagOf(source, request, format), format.ContentType(), path, null);
        }
        catch (CoverUnavailableException e)
        {
            LogUnavailable(logger, Describe(source), e.Message);
            var standIn = new PlaceholderCover(CoverHash.Of("placeholder", CoverPlaceholder.DesignVersion, source.Name), source.Name);
            return Placeholder(standIn, request) with { Fallback = true };
        }
    }

    private async Task ResizeAsync(CoverSource source, string outputPath, CoverBox box, CoverFormat format)
    {
        await using var image = Open(source);
        // Not the request's token: the variant is shared with every request waiting for it; the resizer has its own time limit.
        await resizer.ResizeAsync(image, outputPath, box, format, CancellationToken.None);
    }

    private Stream Open(CoverSource source)
    {
        try
        {
            return source switch
            {
                CoverImageFile file => new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan),
                EmbeddedCover embedded => new MemoryStream(EmbeddedPicture(embedded.TrackPath)),
                _ => throw new InvalidOperationException($"{source.GetType().Name} has no image to resize"),
            };
        }
        catch (IOException e)
        {
            throw new CoverUnavailableException($"the image could not be opened: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CoverUnavailableException($"the image could not be opened: {e.Message}", e);
        }
    }

    private byte[] EmbeddedPicture(string trackPath)
    {
        AudioMetadata? metadata;
        try
        {
            metadata = tagReaders.TryRead(trackPath, TagReadOptions.WithPictures);
        }
        catch (TagReadException e)
        {
            throw new CoverUnavailableException($"the tags could not be read: {e.Message}", e);
        }
        return metadata?.Picture?.Data is { Length: > 0 } data
            ? data
            : throw new CoverUnavailableException("the file has no embedded picture (any more)");
    }

    private static CoverImage Placeholder(PlaceholderCover source, CoverRequest request)
    {
        var (width, height) = request.PlaceholderSize();
        var svg = CoverPlaceholder.Svg(source.Name, width, height);
        return new CoverImage(PlaceholderETag(source.Hash, request), CoverPlaceholder.ContentType, null, Encoding.UTF8.GetBytes(svg));
    }

    private static string PlaceholderETag(string hash, CoverRequest request)
    {
        var (width, height) = request.PlaceholderSize();
        return $"\"{hash}-{width}x{height}-svg\"";
    }

    private static string Describe(CoverSource source) => source switch
    {
        CoverImageFile file => file.Path,
        EmbeddedCover embedded => "the picture in " + embedded.TrackPath,
        _ => source.Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cover {Source} could not be resized, a placeholder is shown instead: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string source, string reason);
}

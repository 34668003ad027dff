using System.Globalization;
using MediaSuite.Domain.Artwork;
using MediaSuite.Infrastructure.Artwork;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MediaSuite.App.Endpoints;

/// <summary>
/// Album, track and artist covers in the size a page asks for. Requested by &lt;img&gt; with the
/// sign-in cookie; a URL carrying the cover's current version (see <see cref="CoverArtService.UrlAsync"/>)
/// is cacheable for a year, any other for a few minutes, and every answer has an ETag.
/// </summary>
public static class CoverEndpoints
{
    // private: covers need a signed-in user, so shared caches must not keep them.
    private const string Immutable = "private, max-age=31536000, immutable";

    /// <summary>w and h in pixels, mode fit (default) or crop, v the version from a versioned URL.</summary>
    public sealed record CoverQuery(string? W, string? H, string? Mode, string? V);

    public static IEndpointRouteBuilder MapCoverEndpoints(this IEndpointRouteBuilder app)
    {
        var covers = app.MapGroup(CoverUrls.Prefix).RequireAuthorization();
        covers.MapGet("/{kind}/{id:long}", GetCover);
        return app;
    }

    public static async Task<Results<PhysicalFileHttpResult, FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetCover(
        string kind, long id, [AsParameters] CoverQuery query, HttpContext http, CoverArtService covers, IOptions<CoverArtOptions> options,
        CancellationToken cancellationToken)
    {
        if (!CoverKinds.TryParse(kind, out var coverKind))
            return TypedResults.Problem($"Covers exist for album, track and artist, not '{kind}'.", statusCode: StatusCodes.Status404NotFound);
        if (CoverRequest.TryParse(query.W, query.H, query.Mode, covers.MaxDimension, out var problem) is not { } request)
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Invalid cover size");
        if (await covers.FindAsync(coverKind, id, cancellationToken) is not { } source)
            return TypedResults.Problem($"There is no {coverKind.Slug()} with id {id}.", statusCode: StatusCodes.Status404NotFound);

        var format = CoverFormats.Negotiate(http.Request.Headers.Accept);
        // An outdated version still gets the current image, but only briefly: the page holding it will be re-rendered with the new URL.
        var versioned = query.V is not null && string.Equals(query.V, source.Hash, StringComparison.Ordinal);
        var maxAge = options.Value.UnversionedMaxAge;
        var etag = CoverArtService.ETagOf(source, request, format);
        SetCaching(http.Response, etag, versioned, maxAge);
        if (Matches(http.Request.Headers.IfNoneMatch, etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);

        var image = await covers.RenderAsync(source, request, format, cancellationToken);
        SetCaching(http.Response, image.ETag, versioned && !image.Fallback, maxAge);
        var tag = EntityTagHeaderValue.Parse(image.ETag);
        if (image.FilePath is { } path)
            return TypedResults.PhysicalFile(path, image.ContentType, entityTag: tag, enableRangeProcessing: true);
        // Our own drawing, but opened on its own in a tab an SVG is a document: it may run nothing.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'";
        return TypedResults.File(image.Content!, image.ContentType, entityTag: tag);
    }

    private static void SetCaching(HttpResponse response, string etag, bool versioned, TimeSpan maxAge)
    {
        response.Headers.ETag = etag;
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.CacheControl = versioned
            ? Immutable
            : "private, max-age=" + ((long)maxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.Headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 §13.1.2), and "*" matches any current cover.</summary>
    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Tag == "*" || t.Compare(ours, useStrongComparison: false));
    }
}

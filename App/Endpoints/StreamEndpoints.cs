using System.Security.Claims;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Streaming;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace MediaSuite.App.Endpoints;

/// <summary>
/// Audio for the player. The stream itself needs no cookie — audio elements and cast devices may
/// not send one — only a short-lived signed link from <c>/url</c>; when a cookie does come, its
/// user must be the link's.
/// </summary>
public static class StreamEndpoints
{
    public sealed record StreamUrl(string Url, DateTimeOffset ExpiresAt, string ContentType, bool Transcoded);

    public static IEndpointRouteBuilder MapStreamEndpoints(this IEndpointRouteBuilder app)
    {
        var stream = app.MapGroup("/api/stream");
        stream.MapMethods("/{trackId:long}", [HttpMethods.Get, HttpMethods.Head], Stream);
        stream.MapGet("/{trackId:long}/url", Url).RequireAuthorization();
        return app;
    }

    /// <param name="t">The track the link was signed for.</param>
    /// <param name="u">The user it was signed for.</param>
    /// <param name="e">Its expiry, in Unix seconds.</param>
    /// <param name="s">The signature.</param>
    public static async Task<Results<PhysicalFileHttpResult, TranscodedAudioResult, ProblemHttpResult>> Stream(
        long trackId, string? t, string? u, string? e, string? s, HttpContext http,
        StreamUrlSigner signer, TimeProvider clock, UserAdminService users, TrackSources tracks, AudioTranscoder transcoder)
    {
        switch (signer.Verify(trackId, new StreamLinkQuery(t, u, e, s), clock.GetUtcNow()))
        {
            case StreamLinkCheck.Valid:
                break;
            case StreamLinkCheck.Missing:
                return Unauthorized($"This stream needs a signed link; ask /api/stream/{trackId}/url for one.");
            case StreamLinkCheck.Expired:
                return Unauthorized($"This stream link has expired; ask /api/stream/{trackId}/url for a fresh one.");
            case StreamLinkCheck.OtherTrack:
                return Forbidden("This stream link was issued for a different track.");
            case StreamLinkCheck.Forged:
            case StreamLinkCheck.Malformed:
            default:
                return Unauthorized("This stream link is not valid: its signature does not match or it is incomplete.");
        }

        if (http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) != u)
            return Forbidden("This stream link belongs to a different user from the one signed in.");
        if (!await users.IsActiveAsync(u!))
            return Forbidden("The account this stream link was issued to is disabled or no longer exists.");

        if (await tracks.FindAsync(trackId, http.RequestAborted) is not { } source) return UnknownTrack(trackId);
        if (source.Unavailable is { } reason) return TypedResults.Problem(reason, statusCode: StatusCodes.Status404NotFound, title: "Track unavailable");

        var plan = BrowserAudio.Plan(source.FullPath, source.Codec);
        if (plan.Delivery == Delivery.Transcode) return new TranscodedAudioResult(source.FullPath, transcoder);

        // Validators from the file as it is now, not as scanned: a re-tagged file must not resume
        // from a cached range of its old bytes.
        var file = new FileInfo(source.FullPath);
        var modified = new DateTimeOffset(file.LastWriteTimeUtc);
        var etag = new EntityTagHeaderValue($"\"{file.Length:x}-{modified.UtcTicks:x}\"");
        http.Response.Headers.CacheControl = "private";
        return TypedResults.PhysicalFile(file.FullName, plan.ContentType, lastModified: modified, entityTag: etag, enableRangeProcessing: true);
    }

    public static async Task<Results<Ok<StreamUrl>, ProblemHttpResult>> Url(
        long trackId, ClaimsPrincipal me, StreamUrlSigner signer, TimeProvider clock, TrackSources tracks, CancellationToken cancellationToken)
    {
        if (await tracks.FindAsync(trackId, cancellationToken) is not { } source) return UnknownTrack(trackId);
        if (source.Unavailable is { } reason) return TypedResults.Problem(reason, statusCode: StatusCodes.Status404NotFound, title: "Track unavailable");
        var userId = me.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in request has a user id.");
        var signed = signer.Sign(trackId, userId, clock.GetUtcNow());
        var plan = BrowserAudio.Plan(source.FullPath, source.Codec);
        return TypedResults.Ok(new StreamUrl(signed.Url, signed.ExpiresAt, plan.ContentType, plan.Delivery == Delivery.Transcode));
    }

    private static ProblemHttpResult UnknownTrack(long trackId) =>
        TypedResults.Problem($"There is no track with id {trackId}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown track");

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Stream link refused");

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Stream link refused");
}

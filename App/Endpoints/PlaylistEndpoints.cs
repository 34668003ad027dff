using System.Security.Claims;
using System.Text;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaSuite.App.Endpoints;

/// <summary>Playlist files. Pages edit playlists through <see cref="PlaylistService"/>; this is what a download link needs.</summary>
public static class PlaylistEndpoints
{
    public static IEndpointRouteBuilder MapPlaylistEndpoints(this IEndpointRouteBuilder app)
    {
        var playlists = app.MapGroup("/api/playlists").RequireAuthorization();
        playlists.MapGet("/{id:long}.m3u8", Export);
        return app;
    }

    /// <summary>The user's playlist as an M3U8 download; someone else's playlist is 404 like one that does not exist.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(long id, ClaimsPrincipal user, PlaylistService playlists,
        CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        if (await playlists.ExportAsync(userId, id, cancellationToken) is not { } export)
            return TypedResults.Problem(new PlaylistNotFoundException(id).Message, statusCode: StatusCodes.Status404NotFound, title: "Playlist not found");
        return TypedResults.File(Encoding.UTF8.GetBytes(export.Text), M3u8.ContentType + "; charset=utf-8", export.FileName);
    }
}

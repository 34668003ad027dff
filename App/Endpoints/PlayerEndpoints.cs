using System.Security.Claims;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Playback;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaSuite.App.Endpoints;

/// <summary>
/// The player's last word. A page that goes away (reload, tab closed, sign-out) cannot wait for its
/// live connection, so the player bar sends this with <c>fetch(..., { keepalive: true })</c>: the
/// listen is recorded with what was really heard and the queue stops where the audio stopped.
/// </summary>
public static class PlayerEndpoints
{
    /// <param name="OutputId">The tab's player (see <see cref="PlaybackOutputs"/>).</param>
    /// <param name="ItemId">The queue item it was playing.</param>
    public sealed record GoneReport(string? OutputId, long ItemId, long PositionMs, long PlayedMs);

    public static IEndpointRouteBuilder MapPlayerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/player/gone", Gone).RequireAuthorization();
        return app;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Gone(
        GoneReport report, ClaimsPrincipal me, PlaybackSessions sessions, PlaybackOutputs outputs, ListenRecorder listens)
    {
        if (string.IsNullOrEmpty(report.OutputId) || report.ItemId <= 0 || report.PositionMs < 0 || report.PlayedMs < 0)
            return TypedResults.Problem("A player report names its output and item, with a position and a played time that are not negative.",
                statusCode: StatusCodes.Status400BadRequest, title: "Invalid player report");
        var userId = me.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in request has a user id.");

        await listens.FinishAsync(report.OutputId, userId, report.ItemId, ListenEnd.Stopped, report.PlayedMs);
        if (outputs.ActiveOf(userId) == report.OutputId)
        {
            var state = await sessions.GetAsync(userId);
            if (state.IsPlaying) await sessions.ReportAsync(userId, report.ItemId, new QueueCommand.Pause(report.PositionMs));
            await outputs.ReleaseAsync(userId, report.OutputId);
        }
        return TypedResults.NoContent();
    }
}

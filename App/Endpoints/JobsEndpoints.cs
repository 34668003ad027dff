using MediaSuite.App.Auth;
using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Jobs;
using MediaSuite.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaSuite.App.Endpoints;

/// <summary>The job engine for scripts and other clients; the Jobs page uses the same scheduler.</summary>
public static class JobsEndpoints
{
    public sealed record ScheduleDto(string Key, string Name, string Category, string? Schedule, bool Paused, DateTimeOffset? NextFire, JobRunState? LastState, bool RunsHere);
    public sealed record RunAccepted(long RunId, string Message);
    public sealed record PauseRequest(bool Paused);

    public static IEndpointRouteBuilder MapJobsEndpoints(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/jobs").RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy);
        jobs.MapGet("/", ListSchedules);
        jobs.MapPost("/{key}/runs", Enqueue);
        jobs.MapPut("/{key}/paused", SetPaused);
        jobs.MapGet("/runs/{id:long}", GetRun);
        jobs.MapPost("/runs/{id:long}/cancel", Cancel);
        jobs.MapPost("/runs/{id:long}/retry", Retry);
        return app;
    }

    public static async Task<Ok<IEnumerable<ScheduleDto>>> ListSchedules(JobScheduler scheduler) =>
        TypedResults.Ok((await scheduler.ListSchedulesAsync()).Select(s => new ScheduleDto(
            s.Job.Key, s.Job.DisplayName, s.Job.Category.ToString(), s.Job.Schedule?.Description, s.Paused, s.NextFire, s.LastRun?.State, s.RunsHere)));

    public static async Task<Results<Accepted<RunAccepted>, ProblemHttpResult>> Enqueue(string key, string? target, JobScheduler scheduler) =>
        ToResult(await scheduler.EnqueueAsync(key, target));

    public static async Task<Results<Accepted<RunAccepted>, ProblemHttpResult>> Retry(long id, JobScheduler scheduler) =>
        ToResult(await scheduler.RetryAsync(id));

    public static async Task<Results<Ok<JobRun>, NotFound>> GetRun(long id, JobRunStore runs) =>
        await runs.GetAsync(id) is { } run ? TypedResults.Ok(run) : TypedResults.NotFound();

    public static async Task<Results<Accepted, ProblemHttpResult>> Cancel(long id, JobScheduler scheduler) =>
        await scheduler.CancelAsync(id)
            ? TypedResults.Accepted($"/api/jobs/runs/{id}")
            : TypedResults.Problem("That run is not queued or running.", statusCode: StatusCodes.Status409Conflict);

    public static async Task<Results<NoContent, NotFound>> SetPaused(string key, PauseRequest request, JobScheduler scheduler, JobCatalog catalog)
    {
        if (catalog.Find(key)?.Schedule is null) return TypedResults.NotFound();
        await scheduler.SetPausedAsync(key, request.Paused);
        return TypedResults.NoContent();
    }

    private static Results<Accepted<RunAccepted>, ProblemHttpResult> ToResult(EnqueueResult result) => result.Outcome switch
    {
        EnqueueOutcome.Queued => TypedResults.Accepted($"/api/jobs/runs/{result.RunId}", new RunAccepted(result.RunId!.Value, result.Message)),
        EnqueueOutcome.UnknownJob => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound),
        EnqueueOutcome.RefusedHere => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status503ServiceUnavailable),
        _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict,
            extensions: result.RunId is { } id ? new Dictionary<string, object?> { ["runId"] = id } : null),
    };
}

using System.Reflection;
using MediaSuite.App.Auth;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaSuite.App.Endpoints;

public static class HealthEndpoints
{
    public static string Version { get; } =
        typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public sealed record Health(string Status, string Version);

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealth).AllowAnonymous();
        app.MapGet("/api/db/status", GetDatabaseStatus).RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy);
        return app;
    }

    public static Ok<Health> GetHealth() => TypedResults.Ok(new Health("ok", Version));

    public static async Task<Ok<DatabaseStatus>> GetDatabaseStatus(DatabaseStatusService status, CancellationToken cancellationToken) =>
        TypedResults.Ok(await status.GetAsync(cancellationToken));
}

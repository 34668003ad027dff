namespace MediaSuite.App.Endpoints;

/// <summary>
/// Serves blazor.web.js, which the build extracts from the official ASP.NET Core runtime pack
/// (the asset package that normally carries it is not in this registry).
/// </summary>
public static class BlazorScriptEndpoint
{
    private static readonly string ScriptPath = Path.Combine(AppContext.BaseDirectory, "blazor", "blazor.web.js");

    public static IEndpointRouteBuilder MapBlazorScript(this IEndpointRouteBuilder app)
    {
        app.MapGet("/_framework/blazor.web.js", (HttpContext http) =>
        {
            if (!File.Exists(ScriptPath)) return Results.Problem("blazor.web.js is missing from the build output; rebuild MediaSuite.", statusCode: 500);
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.File(ScriptPath, "text/javascript", lastModified: File.GetLastWriteTimeUtc(ScriptPath), enableRangeProcessing: false);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}

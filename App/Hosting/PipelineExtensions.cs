using MediaSuite.App.Auth;
using MediaSuite.App.Endpoints;
using MediaSuite.Components;
using Radzen;

namespace MediaSuite.App.Hosting;

public static class PipelineExtensions
{
    public static WebApplication UseMediaSuitePipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseRouting();
        app.UseMiddleware<OnboardingRedirect>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static IServiceCollection AddMediaSuiteUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddScoped<MediaSuite.Components.Player.PlayerController>();
        return services;
    }

    public static WebApplication MapMediaSuiteUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapBlazorScript();
        // Operators used to the Hangfire dashboard find the jobs where they look for them.
        app.MapGet("/hangfire", () => TypedResults.Redirect("/jobs")).RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy).ExcludeFromDescription();
        app.MapRazorComponents<MediaSuite.Components.App>().AddInteractiveServerRenderMode();
        return app;
    }
}

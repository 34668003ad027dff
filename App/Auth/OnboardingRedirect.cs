using MediaSuite.Infrastructure.Accounts;
using Microsoft.AspNetCore.Components.Endpoints;

namespace MediaSuite.App.Auth;

/// <summary>On a fresh install every page leads to "create the administrator"; APIs and static files are left alone.</summary>
public sealed class OnboardingRedirect(RequestDelegate next, OnboardingService onboarding)
{
    public const string Path = "/onboarding";

    public async Task InvokeAsync(HttpContext context)
    {
        var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
        if (isPage && HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments(Path)
            && await onboarding.IsOpenAsync(context.RequestAborted))
        {
            context.Response.Redirect(Path);
            return;
        }
        await next(context);
    }
}

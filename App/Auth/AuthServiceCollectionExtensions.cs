using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using MediaSuite.Domain.Accounts;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Hosting;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MediaSuite.App.Auth;

public static class AuthServiceCollectionExtensions
{
    public const string AdminPolicy = "admin";
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddMediaSuiteAuth(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.User.AllowedUserNameCharacters = UserNameRules.AllowedCharacters;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<MediaSuiteDb>()
            .AddDefaultTokenProviders();

        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((o, accounts) =>
        {
            o.Lockout.MaxFailedAccessAttempts = accounts.Value.LockoutThreshold;
            o.Lockout.DefaultLockoutTimeSpan = accounts.Value.LockoutDuration;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountOptions>>((o, accounts) => ConfigureCookie(o, accounts.Value));
        // A disabled user or a changed role takes effect within SessionCheckInterval on every open session.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AccountOptions>>((o, accounts) =>
            o.ValidationInterval = accounts.Value.SessionCheckInterval);

        // Keys live in the data directory so sign-ins survive a restart.
        services.AddDataProtection().SetApplicationName("MediaSuite");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<MediaSuiteOptions>, ILoggerFactory>((o, options, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(options.Value.ResolvedDataDirectory, "keys")), logs));

        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthState>();
        services.AddRateLimiter(o => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AccountOptions>>((o, accounts) => ConfigureRateLimits(o, accounts.Value));
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o, AccountOptions accounts)
    {
        o.Cookie.Name = "mediasuite.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.LoginPath = "/login";
        o.AccessDeniedPath = "/access-denied";
        o.ExpireTimeSpan = accounts.SessionLifetime;
        o.SlidingExpiration = true;
        o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
    }

    /// <summary>Pages redirect to the sign-in or access-denied page; API callers get the bare status code.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/hubs"))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static void ConfigureRateLimits(RateLimiterOptions o, AccountOptions accounts)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(SignInRateLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
            ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = accounts.SignInAttemptsPerWindow, Window = accounts.SignInWindow, QueueLimit = 0 }));
        o.OnRejected = async (ctx, cancellationToken) =>
        {
            var seconds = (int)Math.Ceiling(accounts.SignInWindow.TotalSeconds);
            ctx.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
            await ctx.HttpContext.Response.WriteAsync(
                $"Too many sign-in attempts from this address. Wait {seconds} seconds and try again.", cancellationToken);
        };
    }
}

using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Appearance;
using MediaSuite.Infrastructure.Hosting;
using MediaSuite.Infrastructure.Jobs;
using MediaSuite.Infrastructure.FileSystem;
using MediaSuite.Infrastructure.Library;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaSuite.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<MediaSuiteOptions>().BindConfiguration(MediaSuiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LibraryOptions>().BindConfiguration(LibraryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        services.AddDbContextFactory<MediaSuiteDb>((sp, db) =>
        {
            var path = sp.GetRequiredService<IOptions<MediaSuiteOptions>>().Value.DatabasePath;
            db.UseSqlite($"Data Source={path}").AddInterceptors(new SqlitePragmaInterceptor());
        });
        // Identity's stores want a scoped context; it comes from the same factory and lives one request.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContext());

        services.AddHostedService<DatabaseStartup>();
        services.AddSingleton<DatabaseStatusService>();
        services.AddSingleton<OnboardingService>();
        services.AddSingleton<InviteService>();
        services.AddSingleton<UserAdminService>();
        services.AddSingleton<AppearanceStore>();
        services.AddSingleton<JobRunStore>();
        services.AddSingleton<DatabaseMaintenance>();
        services.AddSingleton<LibraryStore>();
        services.AddSingleton<FolderWalker>();
        services.AddSingleton<FolderBrowser>();
        return services;
    }
}

using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Hosting;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Jobs.Engine;
using MediaSuite.Jobs.Ingest;
using MediaSuite.Jobs.Maintenance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

namespace MediaSuite.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its job store in the MediaSuite database (schema created at startup when missing),
    /// one execution group per job category with its concurrency limit, and the built-in jobs.
    /// Call after AddInfrastructure, so the database is migrated before the scheduler starts.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The thread pool and the refused groups are fixed when the scheduler is built, so they are read here.
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var categories = Enum.GetValues<JobCategory>();

        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(db => db.DataSourceFactory = sp => new SqliteFileDataSource(sp.GetRequiredService<IOptions<MediaSuiteOptions>>().Value));
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            q.UseDefaultThreadPool(Math.Max(1, categories.Sum(jobs.LimitFor)));
            q.UseExecutionLimits((sp, limits) =>
            {
                var options = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
                foreach (var category in categories) limits.ForGroup(JobRules.GroupName(category), options.LimitFor(category));
            });
            var refused = categories.Where(c => jobs.LimitFor(c) == 0).Select(JobRules.GroupName).ToArray();
            if (refused.Length > 0) q.RefuseExecutionGroups(refused);
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = false;
            o.AwaitApplicationStarted = false;
        });

        services.AddSingleton<EngineInstance>();
        services.AddSingleton<LiveRuns>();
        services.AddSingleton<JobEvents>();
        services.AddSingleton<JobCatalog>();
        services.AddSingleton<JobScheduler>();
        services.AddHostedService<JobEngineStartup>();

        services.AddSingleton<LibraryScanner>();
        services.AddHostedService<ConfiguredLibrariesSync>();
        services.AddSingleton<LibraryWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<LibraryWatcher>());
        services.AddMediaJob<LibraryScanJob>(LibraryScanJob.Descriptor);
        services.AddMediaJob<SessionCleanupJob>(SessionCleanupJob.Descriptor);
        services.AddMediaJob<DatabaseMaintenanceJob>(DatabaseMaintenanceJob.Descriptor);
        return services;
    }

    public static IServiceCollection AddMediaJob<TJob>(this IServiceCollection services, JobDescriptor descriptor) where TJob : class, IMediaJob
    {
        if (descriptor.Implementation != typeof(TJob))
            throw new ArgumentException($"The descriptor of {descriptor.Key} names {descriptor.Implementation.Name}, not {typeof(TJob).Name}.");
        services.AddTransient<TJob>();
        services.AddSingleton(descriptor);
        return services;
    }
}

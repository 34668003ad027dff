using MediaSuite.Domain.Accounts;
using MediaSuite.Domain.Appearance;
using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Persistence;

public sealed class MediaSuiteDb(DbContextOptions<MediaSuiteDb> options) : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<Invite> Invites => Set<Invite>();
    public DbSet<UserAppearance> Appearances => Set<UserAppearance>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<JobWarning> JobWarnings => Set<JobWarning>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new AppUserConfiguration());
        builder.ApplyConfiguration(new InviteConfiguration());
        builder.ApplyConfiguration(new UserAppearanceConfiguration());
        builder.ApplyConfiguration(new JobRunConfiguration());
        builder.ApplyConfiguration(new JobWarningConfiguration());
    }

    /// <summary>
    /// SQLite cannot order or compare DateTimeOffset columns; storing them as UTC ticks keeps them
    /// sortable and exact.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetTicksConverter>();
    }
}

using MediaSuite.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaSuite.Infrastructure.Persistence;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.JobKey).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Target).HasMaxLength(512).IsRequired();
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Message).HasMaxLength(500);
        builder.Property(r => r.Instance).HasMaxLength(64);
        builder.Ignore(r => r.Duration);
        // The same work cannot be queued twice: at most one active run per job and target.
        builder.HasIndex(r => new { r.JobKey, r.Target }).IsUnique().HasFilter("State IN ('Queued', 'Running')").HasDatabaseName("IX_JobRuns_Active");
        builder.HasIndex(r => r.QueuedAt);
        builder.HasIndex(r => r.State);
    }
}

internal sealed class JobWarningConfiguration : IEntityTypeConfiguration<JobWarning>
{
    public void Configure(EntityTypeBuilder<JobWarning> builder)
    {
        builder.ToTable("JobWarnings");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Item).HasMaxLength(1024).IsRequired();
        builder.Property(w => w.Message).HasMaxLength(2000).IsRequired();
        builder.HasOne<JobRun>().WithMany().HasForeignKey(w => w.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => w.RunId);
    }
}

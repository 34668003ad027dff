using MediaSuite.Domain.Library;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaSuite.Infrastructure.Persistence;

internal sealed class MediaLibraryConfiguration : IEntityTypeConfiguration<MediaLibrary>
{
    public void Configure(EntityTypeBuilder<MediaLibrary> builder)
    {
        builder.ToTable("Libraries");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Name).HasMaxLength(100).IsRequired();
        builder.Property(l => l.Path).HasMaxLength(4096).IsRequired();
        builder.HasIndex(l => l.Path).IsUnique();
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.OfflineReason).HasMaxLength(500);
    }
}

internal sealed class MediaFolderConfiguration : IEntityTypeConfiguration<MediaFolder>
{
    public void Configure(EntityTypeBuilder<MediaFolder> builder)
    {
        builder.ToTable("Folders");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Path).IsRequired();
        builder.Property(f => f.Digest).HasMaxLength(32).IsRequired();
        builder.HasIndex(f => new { f.LibraryId, f.Path }).IsUnique();
        builder.HasOne<MediaLibrary>().WithMany().HasForeignKey(f => f.LibraryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.ToTable("Files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Path).IsRequired();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(8);
        builder.Property(f => f.Fingerprint).HasMaxLength(48).IsRequired();
        builder.HasIndex(f => new { f.LibraryId, f.Path }).IsUnique();
        builder.HasIndex(f => f.FolderId);
        builder.HasIndex(f => f.Fingerprint);
        builder.HasIndex(f => new { f.State, f.MissingSince });
        builder.HasOne<MediaLibrary>().WithMany().HasForeignKey(f => f.LibraryId).OnDelete(DeleteBehavior.Cascade);
        // A file outlives its folder row for the grace period (the folder may come back), so no cascade here.
        builder.HasOne<MediaFolder>().WithMany().HasForeignKey(f => f.FolderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScanProblemConfiguration : IEntityTypeConfiguration<ScanProblem>
{
    public void Configure(EntityTypeBuilder<ScanProblem> builder)
    {
        builder.ToTable("ScanProblems");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Path).IsRequired();
        builder.Property(p => p.Reason).HasMaxLength(1000).IsRequired();
        builder.HasIndex(p => new { p.LibraryId, p.Folder });
        builder.HasOne<MediaLibrary>().WithMany().HasForeignKey(p => p.LibraryId).OnDelete(DeleteBehavior.Cascade);
    }
}

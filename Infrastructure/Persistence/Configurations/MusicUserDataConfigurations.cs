using MediaSuite.Domain.Music;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaSuite.Infrastructure.Persistence;

internal sealed class UserRatingConfiguration : IEntityTypeConfiguration<UserRating>
{
    public void Configure(EntityTypeBuilder<UserRating> builder)
    {
        builder.ToTable("UserRatings");
        builder.HasKey(r => new { r.UserId, r.Kind, r.ItemId });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(r => new { r.UserId, r.Kind, r.Favourite });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlaylistConfiguration : IEntityTypeConfiguration<Playlist>
{
    public void Configure(EntityTypeBuilder<Playlist> builder)
    {
        builder.ToTable("Playlists");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).IsRequired().HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasIndex(p => p.OwnerId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlaylistEntryConfiguration : IEntityTypeConfiguration<PlaylistEntry>
{
    public void Configure(EntityTypeBuilder<PlaylistEntry> builder)
    {
        builder.ToTable("PlaylistEntries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.PlaylistId, e.Position });
        builder.HasIndex(e => e.TrackId);
        builder.HasOne<Playlist>().WithMany().HasForeignKey(e => e.PlaylistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Track>().WithMany().HasForeignKey(e => e.TrackId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ListenConfiguration : IEntityTypeConfiguration<Listen>
{
    public void Configure(EntityTypeBuilder<Listen> builder)
    {
        builder.ToTable("Listens");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.DeviceId).HasMaxLength(64);
        builder.Property(l => l.ContextKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.ContextId).HasMaxLength(400);
        builder.Property(l => l.ContextName).HasMaxLength(400);
        builder.HasIndex(l => new { l.UserId, l.StartedAt });
        builder.HasIndex(l => new { l.TrackId, l.StartedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Track>().WithMany().HasForeignKey(l => l.TrackId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SavedPlaybackConfiguration : IEntityTypeConfiguration<SavedPlayback>
{
    public void Configure(EntityTypeBuilder<SavedPlayback> builder)
    {
        builder.ToTable("SavedPlayback");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.StateJson).IsRequired();
        builder.HasOne<AppUser>().WithOne().HasForeignKey<SavedPlayback>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

using MediaSuite.Domain.Library;
using MediaSuite.Domain.Music;
using MediaSuite.Domain.Photos;
using MediaSuite.Domain.Video;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaSuite.Infrastructure.Persistence;

internal sealed class ArtistConfiguration : IEntityTypeConfiguration<Artist>
{
    public void Configure(EntityTypeBuilder<Artist> builder)
    {
        builder.ToTable("Artists");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).IsRequired();
        builder.Property(a => a.Key).IsRequired();
        builder.HasIndex(a => a.Key).IsUnique();
    }
}

internal sealed class AlbumConfiguration : IEntityTypeConfiguration<Album>
{
    public void Configure(EntityTypeBuilder<Album> builder)
    {
        builder.ToTable("Albums");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).IsRequired();
        builder.Property(a => a.Key).IsRequired();
        builder.HasIndex(a => a.Key).IsUnique();
        builder.HasIndex(a => a.AlbumArtistId);
        builder.HasIndex(a => a.AddedAt);
        builder.HasOne<Artist>().WithMany().HasForeignKey(a => a.AlbumArtistId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrackConfiguration : IEntityTypeConfiguration<Track>
{
    public void Configure(EntityTypeBuilder<Track> builder)
    {
        builder.ToTable("Tracks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Title).IsRequired();
        builder.Property(t => t.ArtistText).IsRequired();
        builder.HasIndex(t => new { t.AlbumId, t.DiscNumber, t.TrackNumber });
        builder.HasOne<MediaFile>().WithOne().HasForeignKey<Track>(t => t.Id).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Album>().WithMany().HasForeignKey(t => t.AlbumId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrackArtistConfiguration : IEntityTypeConfiguration<TrackArtist>
{
    public void Configure(EntityTypeBuilder<TrackArtist> builder)
    {
        builder.ToTable("TrackArtists");
        builder.HasKey(t => new { t.TrackId, t.ArtistId, t.Role });
        builder.Property(t => t.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => t.ArtistId);
        builder.HasOne<Track>().WithMany().HasForeignKey(t => t.TrackId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Artist>().WithMany().HasForeignKey(t => t.ArtistId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> builder)
    {
        builder.ToTable("Photos");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.OwnsOne(p => p.Metadata, m =>
        {
            OwnedColumns.NameAfterProperties(m);
            m.HasIndex(x => x.TakenLocal);
        });
        builder.Navigation(p => p.Metadata).IsRequired();
        builder.HasOne<MediaFile>().WithOne().HasForeignKey<Photo>(p => p.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VideoConfiguration : IEntityTypeConfiguration<VideoItem>
{
    public void Configure(EntityTypeBuilder<VideoItem> builder)
    {
        builder.ToTable("Videos");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.OwnsOne(v => v.Metadata, OwnedColumns.NameAfterProperties);
        builder.Navigation(v => v.Metadata).IsRequired();
        builder.HasOne<MediaFile>().WithOne().HasForeignKey<VideoItem>(v => v.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Owned metadata columns carry the property's own name (no "Metadata_" prefix), so the scanner's SQL can name them.</summary>
internal static class OwnedColumns
{
    public static void NameAfterProperties<TOwner, TOwned>(OwnedNavigationBuilder<TOwner, TOwned> owned) where TOwner : class where TOwned : class
    {
        foreach (var property in typeof(TOwned).GetProperties()) owned.Property(property.Name).HasColumnName(property.Name);
    }
}

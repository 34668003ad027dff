using MediaSuite.Domain.Accounts;
using MediaSuite.Domain.Appearance;
using MediaSuite.Domain.Jobs;
using MediaSuite.Domain.Library;
using MediaSuite.Domain.Music;
using MediaSuite.Domain.Photos;
using MediaSuite.Domain.Playback;
using MediaSuite.Domain.Video;
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
    public DbSet<MediaLibrary> Libraries => Set<MediaLibrary>();
    public DbSet<MediaFolder> Folders => Set<MediaFolder>();
    public DbSet<MediaFile> Files => Set<MediaFile>();
    public DbSet<ScanProblem> ScanProblems => Set<ScanProblem>();
    public DbSet<Artist> Artists => Set<Artist>();
    public DbSet<Album> Albums => Set<Album>();
    public DbSet<Track> Tracks => Set<Track>();
    public DbSet<TrackArtist> TrackArtists => Set<TrackArtist>();
    public DbSet<Photo> Photos => Set<Photo>();
    public DbSet<VideoItem> Videos => Set<VideoItem>();
    public DbSet<UserRating> Ratings => Set<UserRating>();
    public DbSet<Playlist> Playlists => Set<Playlist>();
    public DbSet<PlaylistEntry> PlaylistEntries => Set<PlaylistEntry>();
    public DbSet<Listen> Listens => Set<Listen>();
    public DbSet<SavedPlayback> SavedPlayback => Set<SavedPlayback>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new AppUserConfiguration());
        builder.ApplyConfiguration(new InviteConfiguration());
        builder.ApplyConfiguration(new UserAppearanceConfiguration());
        builder.ApplyConfiguration(new JobRunConfiguration());
        builder.ApplyConfiguration(new JobWarningConfiguration());
        builder.ApplyConfiguration(new MediaLibraryConfiguration());
        builder.ApplyConfiguration(new MediaFolderConfiguration());
        builder.ApplyConfiguration(new MediaFileConfiguration());
        builder.ApplyConfiguration(new ScanProblemConfiguration());
        builder.ApplyConfiguration(new ArtistConfiguration());
        builder.ApplyConfiguration(new AlbumConfiguration());
        builder.ApplyConfiguration(new TrackConfiguration());
        builder.ApplyConfiguration(new TrackArtistConfiguration());
        builder.ApplyConfiguration(new PhotoConfiguration());
        builder.ApplyConfiguration(new VideoConfiguration());
        builder.ApplyConfiguration(new UserRatingConfiguration());
        builder.ApplyConfiguration(new PlaylistConfiguration());
        builder.ApplyConfiguration(new PlaylistEntryConfiguration());
        builder.ApplyConfiguration(new ListenConfiguration());
        builder.ApplyConfiguration(new SavedPlaybackConfiguration());
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

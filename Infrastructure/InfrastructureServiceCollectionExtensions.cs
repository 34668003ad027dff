using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Appearance;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Hosting;
using MediaSuite.Infrastructure.Jobs;
using MediaSuite.Infrastructure.FileSystem;
using MediaSuite.Infrastructure.Library;
using MediaSuite.Infrastructure.Media;
using MediaSuite.Infrastructure.Media.Ffprobe;
using MediaSuite.Infrastructure.Media.Photos;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Playback;
using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Aiff;
using MediaSuite.Infrastructure.Tags.Flac;
using MediaSuite.Infrastructure.Tags.Mp3;
using MediaSuite.Infrastructure.Tags.Mp4;
using MediaSuite.Infrastructure.Tags.Ogg;
using MediaSuite.Infrastructure.Tags.Riff;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Infrastructure.Search;
using MediaSuite.Infrastructure.Streaming;
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
        services.AddOptions<MusicBrowseOptions>().BindConfiguration(MusicBrowseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
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
        services.AddSingleton<MusicQueries>();
        services.AddSingleton<RatingService>();
        services.AddSingleton<PlaylistService>();
        services.AddMediaReaders();
        services.AddCoverArt();
        services.AddStreaming();
        services.AddPlayback();
        services.AddSearch();
        return services;
    }

    /// <summary>Every reader, explicitly: our audio containers first, then ffprobe and MetadataExtractor behind one entry point.</summary>
    private static void AddMediaReaders(this IServiceCollection services)
    {
        services.AddOptions<FfprobeOptions>().BindConfiguration(FfprobeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IAudioTagReader, Mp3TagReader>();
        services.AddSingleton<IAudioTagReader, FlacTagReader>();
        services.AddSingleton<IAudioTagReader, OggTagReader>();
        services.AddSingleton<IAudioTagReader, Mp4TagReader>();
        services.AddSingleton<IAudioTagReader, WavTagReader>();
        services.AddSingleton<IAudioTagReader, AiffTagReader>();
        services.AddSingleton<AudioTagReaders>();
        services.AddSingleton<IFfprobe, FfprobeRunner>();
        services.AddSingleton<AudioProbe>();
        services.AddSingleton<VideoProbe>();
        services.AddSingleton<PhotoMetadataReader>();
        services.AddSingleton<IMediaMetadataReader, MediaMetadataReader>();
    }
}

using MediaSuite.Domain.Playback;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Infrastructure.Playback;

public static class PlaybackServiceCollectionExtensions
{
    public static IServiceCollection AddPlayback(this IServiceCollection services)
    {
        services.AddSingleton<IRadioSource, LibraryRadio>();
        services.AddSingleton(sp => new QueueEngine(sp.GetRequiredService<IRadioSource>()));
        services.AddSingleton<PlaybackSessions>();
        services.AddSingleton<PlaybackOutputs>();
        services.AddSingleton<ListenRecorder>();
        services.AddSingleton<PlayerMedia>();
        services.AddSingleton<HistoryQueries>();
        services.AddSingleton<HomeFeed>();
        return services;
    }
}

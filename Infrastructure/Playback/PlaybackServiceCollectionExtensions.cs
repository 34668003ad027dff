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
        services.AddSingleton<HistoryQueries>();
        services.AddSingleton<HomeFeed>();
        return services;
    }
}

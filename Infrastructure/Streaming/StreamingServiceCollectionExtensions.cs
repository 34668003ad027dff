using MediaSuite.Infrastructure.Media.Ffmpeg;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Infrastructure.Streaming;

public static class StreamingServiceCollectionExtensions
{
    public static IServiceCollection AddStreaming(this IServiceCollection services)
    {
        services.AddOptions<StreamingOptions>().BindConfiguration(StreamingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FfmpegOptions>().BindConfiguration(FfmpegOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StreamUrlSigner>();
        services.AddSingleton<TrackSources>();
        services.AddSingleton<AudioTranscoder>();
        return services;
    }
}

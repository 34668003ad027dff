using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Infrastructure.Artwork;

public static class CoverArtServiceCollectionExtensions
{
    public static IServiceCollection AddCoverArt(this IServiceCollection services)
    {
        services.AddOptions<CoverArtOptions>().BindConfiguration(CoverArtOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CoverSourceResolver>();
        services.AddSingleton<CoverVariantCache>();
        services.AddSingleton<ICoverResizer, VipsCoverResizer>();
        services.AddSingleton<CoverArtService>();
        return services;
    }
}

using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Infrastructure.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The groups in the order they are shown. Videos and photos add their sources here.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) =>
        services
            .AddSingleton<SearchIndex>()
            .AddSingleton(sp => new SearchService(sp.GetRequiredService<IDbContextFactory<MediaSuiteDb>>(),
            [
                new ArtistSearch(),
                new AlbumSearch(sp.GetRequiredService<CoverArtService>()),
                new TrackSearch(),
            ]));
}

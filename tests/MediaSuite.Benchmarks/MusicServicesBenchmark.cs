using MediaSuite.Infrastructure.Music;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Benchmarks;

/// <summary>The music services pages call, timed in-process on the generated database (server-side latency, no HTTP).</summary>
internal static class MusicServicesBenchmark
{
    private const double ListTarget = 10;

    public static async Task RunAsync(IServiceProvider services, CatalogGenerator.Catalogue catalogue, string userId, int samples, List<string> rows)
    {
        var music = services.GetRequiredService<MusicQueries>();
        var random = new Random(7);
        var size = MusicBenchmark.PageSizeOf;

        foreach (var sort in Enum.GetValues<AlbumSort>())
            rows.Add((await Walk($"albums page of {size}, by {sort}", samples, after => music.AlbumsAsync(sort, false, after, size))).Row(ListTarget));
        rows.Add((await Walk($"artists page of {size}", samples, after => music.ArtistsAsync(false, after, size))).Row(ListTarget));
        foreach (var sort in Enum.GetValues<TrackSort>())
            rows.Add((await Walk($"tracks page of {size}, by {sort}", samples, after => music.TracksAsync(sort, false, after, size))).Row(ListTarget));
        rows.Add((await Walk($"genre's tracks page of {size}", samples, after => music.GenreTracksAsync("Jazz", TrackSort.Title, false, after, size))).Row(ListTarget));
        rows.Add((await Latency.MeasureAsync("genre list", samples / 4, _ => music.GenresAsync())).Row(ListTarget));
        rows.Add((await Latency.MeasureAsync("album page (tracks, totals, more by artist)", samples,
            _ => music.AlbumAsync(1 + random.Next(catalogue.Albums - 1)))).Row(ListTarget));
        rows.Add((await Latency.MeasureAsync("artist page (albums, appears on)", samples,
            _ => music.ArtistAsync(1 + random.Next(catalogue.Artists)))).Row(ListTarget));
        rows.Add((await Latency.MeasureAsync("artist's tracks to play (context ids)", samples,
            _ => music.ArtistTrackIdsAsync(1 + random.Next(catalogue.Artists)))).Row(ListTarget));
        rows.Add((await Latency.MeasureAsync($"genre's tracks to play (context ids, at most {MusicQueries.MaxContextTracks:N0})", samples / 4,
            _ => music.GenreTrackIdsAsync("Jazz", TrackSort.Artist, false))).Row(ListTarget));
        await RatingsAsync(services, catalogue, userId, samples, rows, random);
    }

    /// <summary>The hearts and stars a page of rows reads, and the favourites lists, for a user with 500 hearted tracks and 100 albums.</summary>
    private static async Task RatingsAsync(IServiceProvider services, CatalogGenerator.Catalogue catalogue, string userId, int samples, List<string> rows, Random random)
    {
        var ratings = services.GetRequiredService<RatingService>();
        var size = MusicBenchmark.PageSizeOf;
        for (var i = 0; i < 500; i++) await ratings.SetFavouriteAsync(userId, Domain.Music.RatedKind.Track, 1 + random.Next(catalogue.Tracks - 1), true);
        for (var i = 0; i < 100; i++) await ratings.SetFavouriteAsync(userId, Domain.Music.RatedKind.Album, 1 + random.Next(catalogue.Albums - 1), true);
        rows.Add((await Latency.MeasureAsync("heart a track", samples,
            _ => ratings.SetFavouriteAsync(userId, Domain.Music.RatedKind.Track, 1 + random.Next(catalogue.Tracks - 1), true))).Row(ListTarget));
        rows.Add((await Latency.MeasureAsync($"ratings of a page of {size} tracks", samples,
            _ => ratings.GetManyAsync(userId, Domain.Music.RatedKind.Track, Enumerable.Range(0, size).Select(_ => (long)(1 + random.Next(catalogue.Tracks - 1))).ToList()))).Row(ListTarget));
        rows.Add((await Walk($"favourite tracks page of {size}", samples, after => ratings.FavouriteTracksAsync(userId, after, size))).Row(ListTarget));
        rows.Add((await Walk($"favourite albums page of {size}", samples, after => ratings.FavouriteAlbumsAsync(userId, after, size))).Row(ListTarget));

        // The catalogue was written with SQL, not by the scanner that keeps the search index, so the index is built once here.
        await services.GetRequiredService<Infrastructure.Search.SearchIndex>().RebuildAsync();
        var search = services.GetRequiredService<Infrastructure.Search.SearchService>();
        rows.Add((await Latency.MeasureAsync("search as you type (grouped preview)", samples,
            i => search.SearchAsync(SearchBenchmark.Queries[i % SearchBenchmark.Queries.Length]))).Row(ListTarget));
        var home = services.GetRequiredService<Infrastructure.Playback.HomeFeed>();
        rows.Add((await Latency.MeasureAsync("Home data (all rows, 50k listens)", samples / 2, _ => home.LoadAsync(userId))).Row(50));
    }

    /// <summary>Pages read one after another by following cursors, as infinite scroll does, wrapping to the start at the end.</summary>
    private static Task<Latency.Figures> Walk<T>(string name, int samples, Func<string?, Task<Page<T>>> page)
    {
        string? cursor = null;
        return Latency.MeasureAsync(name, samples, async _ =>
        {
            var result = await page(cursor);
            cursor = result.Next;
        });
    }
}

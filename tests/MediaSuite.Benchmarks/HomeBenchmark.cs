using System.Diagnostics;
using System.Globalization;
using MediaSuite.Components.Home;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Infrastructure.Playback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaSuite.Benchmarks;

/// <summary>
/// Home's server-side work on a generated 100k-track / 10k-album database with a year of listening (50,000 listens
/// for the measured user, 20,000 for each of three others) and a heavy month (12,000 listens in the last 30 days):
/// the data (HomeFeed) and the cards with their cover URLs, p50/p95 over repeated runs, in process.
/// </summary>
internal static class HomeBenchmark
{
    /// <param name="args">--albums, --listens, --runs, --work DIR, --analyze (run ANALYZE first).</param>
    public static async Task<int> RunAsync(string[] args)
    {
        var albums = Int(args, "--albums", 10_000);
        var listens = Int(args, "--listens", 50_000);
        var runs = Int(args, "--runs", 200);
        var work = Path.Combine(Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "mediasuite-bench"), "home");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MediaSuite:DataDirectory"] = work });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddInfrastructure();
        using var host = builder.Build();
        await host.StartAsync();
        var services = host.Services;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        Console.WriteLine($"# Home benchmark: {albums * HistoryCatalog.TracksPerAlbum:N0} tracks, {albums:N0} albums, {listens:N0} listens for the measured user, {Environment.ProcessorCount} cores");
        var clock = Stopwatch.StartNew();
        var catalog = new HistoryCatalog(services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>(), albums, now);
        await catalog.WriteCatalogAsync();
        var listener = await catalog.UserAsync("listener");
        var favourites = catalog.Favourites(400);
        var playlists = await catalog.PlaylistsAsync(listener, favourites);
        await catalog.ListensAsync(listener, listens, TimeSpan.FromDays(365), favourites, playlists);
        foreach (var name in new[] { "second", "third", "fourth" })
            await catalog.ListensAsync(await catalog.UserAsync(name), listens * 2 / 5, TimeSpan.FromDays(365), catalog.Favourites(400), []);
        // Music all day, every day: 400 listens a day (about 23 hours of it) for 30 days.
        var binge = await catalog.UserAsync("binge");
        await catalog.ListensAsync(binge, 12_000, TimeSpan.FromDays(30), catalog.Favourites(400), []);
        if (args.Contains("--analyze")) await AnalyzeAsync(services);
        foreach (var user in new[] { listener, binge })
            await services.GetRequiredService<PlaybackSessions>().ApplyAsync(user,
                new QueueCommand.Play(new PlaybackContext(ContextKind.Album, "1", "Album 00001", [.. Enumerable.Range(1, 10).Select(i => (long)i)]), 3, 1));
        Console.WriteLine($"database ready in {clock.Elapsed.TotalSeconds:0.0} s{(args.Contains("--analyze") ? ", analyzed" : ", no statistics (as a fresh install)")}");

        var feed = services.GetRequiredService<HomeFeed>();
        var history = services.GetRequiredService<HistoryQueries>();
        var music = services.GetRequiredService<MusicQueries>();
        var covers = services.GetRequiredService<CoverArtService>();
        var since = now - HomeFeed.MostPlayedWindow;
        var rows = new List<(string, Stats)>();
        foreach (var (label, user) in new[] { ("a year of listening", listener), ("12k listens in 30 days", binge) })
        {
            rows.Add(($"Home data (HomeFeed.LoadAsync), {label}", await TimeAsync(runs, () => feed.LoadAsync(user))));
            rows.Add(($"Home data + cards with cover URLs, {label}", await TimeAsync(runs, async () =>
                await HomeCards.WithCoversAsync(HomeCards.Map(await feed.LoadAsync(user)), covers))));
            rows.Add(($"· recently played, {label}", await TimeAsync(runs, () => history.RecentlyPlayedAsync(user, HomeFeed.RowSize))));
            rows.Add(($"· most played albums, {label}", await TimeAsync(runs, () => history.MostPlayedAlbumsAsync(user, since, HomeFeed.RowSize))));
            rows.Add(($"· most played tracks, {label}", await TimeAsync(runs, () => history.MostPlayedTracksAsync(user, since, HomeFeed.RowSize))));
            rows.Add(($"· continue, {label}", await TimeAsync(runs, () => feed.ContinueAsync(user))));
        }
        rows.Add(("· recently added (12 albums)", await TimeAsync(runs, () => feed.RecentlyAddedAsync(HomeFeed.RowSize))));
        var radio = services.GetRequiredService<IRadioSource>();
        var seeds = Enumerable.Range(0, 5).Select(i => (long)(favourites[i] - 1) * HistoryCatalog.TracksPerAlbum + 1 + i).ToList();
        rows.Add(("radio: LibraryRadio.Recommend, 5 seeds from the listener's favourites (metadata + played together)", await TimeAsync(runs / 4,
            () => Task.FromResult(radio.Recommend(new RadioRequest(seeds, seeds.ToHashSet(), 10))))));
        rows.Add(("(MusicQueries.AlbumsAsync by recently added, 12, for comparison)", await TimeAsync(runs, () => music.AlbumsAsync(AlbumSort.RecentlyAdded, true, null, HomeFeed.RowSize))));

        Console.WriteLine();
        Console.WriteLine("| measure | p50 | p95 | max | CPU per run (mean) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, s) in rows) Console.WriteLine($"| {name} | {s.P50:0.0} ms | {s.P95:0.0} ms | {s.Max:0.0} ms | {s.Cpu:0.0} ms |");
        await host.StopAsync();
        return 0;
    }

    /// <param name="Cpu">The process's CPU time per run: on a shared machine wall time also counts waiting for a core.</param>
    private sealed record Stats(double P50, double P95, double Max, double Cpu);

    private static async Task<Stats> TimeAsync<T>(int runs, Func<Task<T>> work)
    {
        for (var i = 0; i < 10; i++) await work();
        var times = new List<double>(runs);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        times.Sort();
        return new Stats(times[runs / 2], times[(int)Math.Ceiling(runs * 0.95) - 1], times[^1], cpuPerRun);
    }

    /// <summary>Optional: with statistics SQLite may choose other plans; a fresh install has none, so the default run has none either.</summary>
    private static async Task AnalyzeAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    private static int Int(string[] args, string name, int fallback) =>
        Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}

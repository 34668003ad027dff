using System.Globalization;
using MediaSuite.Infrastructure;
using MediaSuite.Infrastructure.Music;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaSuite.Benchmarks;

/// <summary>
/// Browse, search and Home latency on a generated catalogue (server-side: the app's own services called
/// in this process on the same database file, and whole pages rendered by the running server), and Range
/// serving of one file by MediaSuite beside nginx with sendfile, loaded by wrk in the same run.
/// </summary>
internal static class MusicBenchmark
{
    private const int PageSize = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var tracks = Args.Int(args, "--tracks", 100_000);
        var albums = Args.Int(args, "--albums", 10_000);
        var listens = Args.Int(args, "--listens", 50_000);
        var samples = Args.Int(args, "--samples", 200);
        var work = Args.Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "mediasuite-bench-music");
        var app = Args.Option(args, "--app") ?? throw new ArgumentException("--app PATH/MediaSuite.dll is required (scripts/benchmark.sh passes it)");
        var data = Path.Combine(work, "data");
        var library = Path.Combine(work, "library");
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        var sample = Path.Combine(library, CatalogGenerator.RealFile);
        if (!File.Exists(sample))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sample)!);
            await Shell.CheckAsync("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=300", "-c:a", "libmp3lame", "-b:a", "128k", sample);
        }
        Console.WriteLine($"# Music benchmark: {tracks:N0} tracks, {albums:N0} albums, {listens:N0} listens, {Environment.ProcessorCount} cores");

        string userId;
        await using (var fresh = await AppProcess.StartAsync(app, data))
        {
            await fresh.OnboardAsync();
        }
        var database = Path.Combine(data, "mediasuite.db");
        userId = Sqlite.Scalar(database, "SELECT Id FROM AspNetUsers LIMIT 1");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var catalogue = CatalogGenerator.Fill(database, library, userId, tracks, albums, listens);
        Console.WriteLine($"catalogue written in {clock.Elapsed.TotalSeconds:0.0} s");

        var rows = new List<string>();
        using (var host = ServicesOn(data))
        {
            await MusicServicesBenchmark.RunAsync(host.Services, catalogue, userId, samples, rows);
        }

        await using (var server = await AppProcess.StartAsync(app, data))
        {
            await server.SignInAsync();
            await PageBenchmark.RunAsync(server, catalogue, samples / 4, rows);
            Console.WriteLine();
            Console.WriteLine("| operation (server-side) | p50 ms | p95 ms | target p95 | |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var row in rows) Console.WriteLine(row);
            Console.WriteLine();
            await RangeBenchmark.RunAsync(server, catalogue, work);
        }
        return 0;
    }

    /// <summary>The app's infrastructure services on the benchmark's data directory, without starting the web server.</summary>
    private static IHost ServicesOn(string data)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MediaSuite:DataDirectory"] = data });
        builder.Services.AddInfrastructure();
        return builder.Build();
    }

    public static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static int PageSizeOf => PageSize;
}

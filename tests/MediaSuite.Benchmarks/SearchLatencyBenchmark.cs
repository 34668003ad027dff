using System.Diagnostics;
using System.Globalization;
using MediaSuite.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Benchmarks;

/// <summary>
/// Search latency (server side: <see cref="SearchService.SearchAsync"/>, covers included) on a
/// generated catalogue of 100,000 tracks in 10,000 albums by 1,000 artists. The queries are what
/// as-you-type sends: every prefix of a few realistic searches, plus one-letter, diacritic, no-match
/// and hostile input.
/// </summary>
internal static class SearchLatencyBenchmark
{
    private static readonly string[] Typed = ["northern lights", "beyonce", "midnight train", "love", "the golden", "kovac", "cafe"];
    private static readonly string[] Extra = ["a", "s", "lo", "the", "night fire", "zzzz", "\"a\" OR -b*", "Beyoncé", "NEAR(love fire)", "über"];

    public static async Task<int> RunAsync(string[] args)
    {
        var tracks = Args.Int(args, "--tracks", 100_000);
        var runs = Args.Int(args, "--runs", 20);
        var data = Args.Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "mediasuite-bench-search");
        var marker = Path.Combine(data, $"catalog-{tracks}");
        if (!File.Exists(marker) && Directory.Exists(data)) Directory.Delete(data, recursive: true);

        await using var services = await BenchServices.StartAsync(data);
        if (!File.Exists(marker))
        {
            var (wall, _) = await services.WriteCatalogAsync(SyntheticCatalog.Folders(tracks, tracksPerAlbum: 10, albumsPerArtist: 10, seed: 42));
            await File.WriteAllTextAsync(marker, "");
            Console.WriteLine($"catalogue of {tracks:N0} tracks written in {wall.TotalSeconds:0.0} s");
        }
        var search = services.App.Services.GetRequiredService<SearchService>();
        if (Args.Option(args, "--show") is { } shown)
        {
            // What one query returns on the generated catalogue, to judge the ranking by eye.
            foreach (var group in (await search.SearchAsync(shown)).Groups)
                Console.WriteLine($"{group.Title}: {string.Join(" | ", group.Items.Select(i => i.Subtitle is null ? i.Title : $"{i.Title} ({i.Subtitle})"))}");
            return 0;
        }
        var queries = Typed.SelectMany(t => Enumerable.Range(1, t.Length).Select(n => t[..n])).Where(q => !q.EndsWith(' ')).Concat(Extra).ToList();

        Console.WriteLine($"# Search: {tracks:N0} tracks, {queries.Count} queries × {runs} runs, {Environment.ProcessorCount} cores");
        foreach (var q in queries) await search.SearchAsync(q); // JIT and page cache
        var previewCpu = new List<double>();
        var fullCpu = new List<double>();
        var previewCpuByQuery = new Dictionary<string, List<double>>();
        var preview = await MeasureAsync(search, queries, runs, SearchDepth.Preview, previewCpu, previewCpuByQuery);
        var full = await MeasureAsync(search, queries, Math.Max(1, runs / 4), SearchDepth.Full, fullCpu);

        Console.WriteLine();
        Console.WriteLine("| search | p50 | p95 | max |");
        Console.WriteLine("|---|---|---|---|");
        Row("as-you-type list (5 artists, 6 albums with covers, 10 tracks)", preview.SelectMany(p => p.Value));
        Row("results page (20 artists, 24 albums, 100 tracks)", full.SelectMany(p => p.Value));
        if (previewCpu.Count > 0) Row($"as-you-type list, CPU time of the searching thread ({previewCpu.Count} samples)", previewCpu);
        if (fullCpu.Count > 0) Row($"results page, CPU time of the searching thread ({fullCpu.Count} samples)", fullCpu);
        Console.WriteLine();
        Console.WriteLine("Costliest queries (as-you-type list, by CPU time):");
        foreach (var (query, times) in previewCpuByQuery.OrderByDescending(p => Percentile(p.Value, 0.5)).Take(8))
            Console.WriteLine($"  {query,-22} CPU p50 {Percentile(times, 0.5):0.00} ms · wall p50 {Percentile(preview[query], 0.5):0.00} ms");
        return 0;
    }

    /// <summary>Wall time per query; and the thread's CPU time, which a busy shared machine inflates far less, when the search ran on one thread.</summary>
    private static async Task<Dictionary<string, List<double>>> MeasureAsync(SearchService search, List<string> queries, int runs, SearchDepth depth,
        List<double>? cpu = null, Dictionary<string, List<double>>? cpuByQuery = null)
    {
        var times = queries.Distinct().ToDictionary(q => q, _ => new List<double>());
        for (var run = 0; run < runs; run++)
        {
            foreach (var query in queries)
            {
                var thread = Environment.CurrentManagedThreadId;
                var cpuStart = ThreadCpu.Now();
                var start = Stopwatch.GetTimestamp();
                await search.SearchAsync(query, depth);
                times[query].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (Environment.CurrentManagedThreadId != thread) continue;
                var spent = (ThreadCpu.Now() - cpuStart).TotalMilliseconds;
                cpu?.Add(spent);
                if (cpuByQuery is not null) (cpuByQuery.TryGetValue(query, out var list) ? list : cpuByQuery[query] = []).Add(spent);
            }
        }
        return times;
    }

    private static void Row(string name, IEnumerable<double> times)
    {
        var all = times.ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Percentile(all, 0.5):0.00} ms | **{Percentile(all, 0.95):0.00} ms** | {all.Max():0.00} ms |"));
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

namespace MediaSuite.Benchmarks;

/// <summary>Whole pages as the running server renders them for a signed-in user (the first, prerendered response).</summary>
internal static class PageBenchmark
{
    public static async Task RunAsync(AppProcess server, CatalogGenerator.Catalogue catalogue, int samples, List<string> rows)
    {
        var random = new Random(11);
        await Page(server, "page GET / (Home)", samples, _ => "/", 50, rows);
        await Page(server, "page GET /music/albums/{id}", samples, _ => $"/music/albums/{1 + random.Next(catalogue.Albums - 1)}", 50, rows);
        await Page(server, "page GET /music/tracks", samples, _ => "/music/tracks", 50, rows);
        await Page(server, "page GET /search?q=…", samples, i => $"/search?q={Uri.EscapeDataString(SearchBenchmark.Queries[i % SearchBenchmark.Queries.Length])}", 50, rows);
    }

    private static async Task Page(AppProcess server, string name, int samples, Func<int, string> url, double targetMs, List<string> rows)
    {
        var probe = await server.Client.GetAsync(url(0));
        if (!probe.IsSuccessStatusCode)
        {
            rows.Add($"| {name} | – | – | – | not measured: {(int)probe.StatusCode} |");
            return;
        }
        var figures = await Latency.MeasureAsync(name, samples, async i =>
        {
            using var response = await server.Client.GetAsync(url(i));
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });
        rows.Add(figures.Row(targetMs));
    }
}

using System.Globalization;

namespace MediaSuite.Benchmarks;

/// <summary>
/// The persist phase alone: synthetic album folders written by the real <c>CatalogWriter</c> into a
/// fresh database, no files read, so the database cost per track (rows, indexes, search index) shows
/// without the noise of reading and hashing files.
/// </summary>
internal static class CatalogWriteBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var tracks = Args.Int(args, "--tracks", 50_000);
        var rounds = Args.Int(args, "--rounds", 3);
        var perFolder = args.Contains("--per-folder");
        var work = Args.Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "mediasuite-bench-writes");
        Console.WriteLine($"# Catalogue writes: {tracks:N0} tracks in albums of 10, {(perFolder ? "a transaction per folder" : "a transaction per scanner batch")}, {rounds} rounds, {Environment.ProcessorCount} cores");
        var perTrack = new List<double>();
        var cpuPerTrack = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var data = Path.Combine(work, $"round{round}");
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
            var folders = SyntheticCatalog.Folders(tracks, tracksPerAlbum: 10, albumsPerArtist: 10, seed: 1).ToList();
            await using (var services = await BenchServices.StartAsync(data))
            {
                var (wall, cpu) = await services.WriteCatalogAsync(folders, perFolder);
                perTrack.Add(wall.TotalMicroseconds / tracks);
                cpuPerTrack.Add(cpu.TotalMicroseconds / tracks);
                Console.WriteLine($"round {round + 1}: {wall.TotalSeconds:0.00} s = {perTrack[^1]:0.0} µs per track, writer thread CPU {cpuPerTrack[^1]:0.0} µs per track");
            }
            Directory.Delete(data, recursive: true);
        }
        perTrack.Sort();
        cpuPerTrack.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median: {perTrack[perTrack.Count / 2]:0.0} µs per track (wall), {cpuPerTrack[cpuPerTrack.Count / 2]:0.0} µs per track (writer thread CPU)"));
        return 0;
    }
}

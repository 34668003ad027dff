using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaSuite.Benchmarks;

/// <summary>
/// First ingest, no-change rescan and 1 %-touched rescan of a synthetic library by the real `scan`
/// command, beside the `find` stat-walk floor, ffprobe per file and python3-mutagen on the same files.
/// </summary>
internal static partial class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var files = Args.Int(args, "--files", 100_000);
        var folders = Args.Int(args, "--folders", 10_000);
        var clipsPerFormat = Args.Int(args, "--clips", 200);
        var work = Args.Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "mediasuite-bench");
        var app = Args.Option(args, "--app") ?? throw new ArgumentException("--app PATH/MediaSuite.dll is required (scripts/benchmark.sh passes it)");
        var root = Path.Combine(work, "library");
        var data = Path.Combine(work, "data");

        Console.WriteLine($"# Ingest benchmark: {files:N0} files in {folders:N0} folders, {clipsPerFormat} clips × {ClipFactory.Formats.Length} formats, {Environment.ProcessorCount} cores");
        var clock = Stopwatch.StartNew();
        var clips = await ClipFactory.EnsureAsync(Path.Combine(work, "clips"), clipsPerFormat);
        LibraryTree.Build(root, clips, files, folders);
        Console.WriteLine($"tree ready in {clock.Elapsed.TotalSeconds:0.0} s");
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);

        await Shell.CheckAsync("find", root, "-type", "f", "-printf", ""); // warm the cache
        var find = await Shell.CheckAsync("find", root, "-type", "f", "-printf", "%s %T@\n");
        var rows = new List<(string, string)> { ("`find` stat walk (floor)", $"{find.Elapsed.TotalSeconds:0.00} s ({files / find.Elapsed.TotalSeconds:N0} files/s)") };

        var first = await ScanAsync(app, data, root);
        rows.Add(("first full ingest", $"{first.Seconds:0.0} s = **{files / first.Seconds:N0} files/s**, peak {first.PeakMiB:0} MiB"));
        var again = await ScanAsync(app, data, root);
        rows.Add(("no-change rescan", $"**{again.Seconds:0.00} s**, peak {again.PeakMiB:0} MiB"));
        var touched = LibraryTree.Touch(root, 0.01, seed: 7);
        var after = await ScanAsync(app, data, root);
        rows.Add(($"rescan after touching 1 % ({touched.Count:N0} files)", $"**{after.Seconds:0.00} s**, peak {after.PeakMiB:0} MiB"));

        var sample = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".benchmark-tree")).Take(200).ToList();
        var probe = Stopwatch.StartNew();
        foreach (var file in sample) await Shell.CheckAsync("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", file);
        rows.Add(("ffprobe per file (200-file sample)", $"{probe.Elapsed.TotalMilliseconds / sample.Count:0.0} ms/file = {sample.Count / probe.Elapsed.TotalSeconds:N0} files/s"));

        var mutagen = await MutagenAsync(root, 5000);
        rows.Add(("python3-mutagen (5,000-file sample, one thread)", $"{mutagen:N0} files/s → full ingest is {files / first.Seconds / mutagen:0.0}× mutagen"));
        var readers = ReaderRate(root, 5000);
        rows.Add(("MediaSuite tag readers alone (same sample, one thread)", $"{readers:N0} files/s = {readers / mutagen:0.0}× mutagen"));

        Console.WriteLine();
        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        foreach (var (name, value) in rows) Console.WriteLine($"| {name} | {value} |");
        Console.WriteLine();
        Console.WriteLine(first.Summary);
        return 0;
    }

    private sealed record ScanResult(double Seconds, double PeakMiB, string Summary);

    private static async Task<ScanResult> ScanAsync(string app, string data, string root)
    {
        var result = await Shell.RunAsync("dotnet", [app, "scan", $"--MediaSuite:DataDirectory={data}", $"--MediaSuite:Library:Folders:0:Path={root}",
            "--MediaSuite:Library:Folders:0:Kind=Music", "--MediaSuite:Library:Folders:0:Name=Benchmark"], environment: new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" });
        if (result.ExitCode != 0) throw new InvalidOperationException($"scan failed ({result.ExitCode}): {result.Error}\n{result.Output}");
        var summary = result.Output.Split('\n').First(l => l.StartsWith("Benchmark"));
        var seconds = double.Parse(Seconds().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture);
        var peak = double.Parse(Peak().Match(result.Output).Groups[1].Value, CultureInfo.InvariantCulture);
        return new ScanResult(seconds, peak, summary);
    }

    private static async Task<double> MutagenAsync(string root, int count)
    {
        var script = """
            import mutagen, os, sys, time
            root, count = sys.argv[1], int(sys.argv[2])
            paths = []
            for d, _, names in os.walk(root):
                for n in sorted(names):
                    if not n.startswith('.'): paths.append(os.path.join(d, n))
                if len(paths) >= count: break
            paths = paths[:count]
            start = time.perf_counter()
            for p in paths:
                f = mutagen.File(p)
                _ = f.tags, f.info.length
            print(len(paths) / (time.perf_counter() - start))
            """;
        var file = Path.Combine(Path.GetTempPath(), "mediasuite-mutagen.py");
        await File.WriteAllTextAsync(file, script);
        var result = await Shell.CheckAsync("/usr/bin/python3", file, root, count.ToString(CultureInfo.InvariantCulture));
        return double.Parse(result.Output.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Our tag readers on the files mutagen reads, the same way (one thread, tags and duration, pictures described not loaded).</summary>
    private static double ReaderRate(string root, int count)
    {
        var readers = new MediaSuite.Infrastructure.Tags.AudioTagReaders([
            new MediaSuite.Infrastructure.Tags.Mp3.Mp3TagReader(), new MediaSuite.Infrastructure.Tags.Flac.FlacTagReader(),
            new MediaSuite.Infrastructure.Tags.Ogg.OggTagReader(), new MediaSuite.Infrastructure.Tags.Mp4.Mp4TagReader()]);
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".benchmark-tree")).Take(count).ToList();
        foreach (var path in paths.Take(200)) readers.TryRead(path, MediaSuite.Infrastructure.Tags.TagReadOptions.Scan); // JIT and cache
        var clock = Stopwatch.StartNew();
        foreach (var path in paths) readers.TryRead(path, MediaSuite.Infrastructure.Tags.TagReadOptions.Scan);
        return paths.Count / clock.Elapsed.TotalSeconds;
    }

    [GeneratedRegex(@"· ([0-9.]+) s$")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"peak memory: ([0-9.]+) MiB")]
    private static partial Regex Peak();
}

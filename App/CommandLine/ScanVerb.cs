using System.Diagnostics;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Library;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Jobs.Ingest;

namespace MediaSuite.App.CommandLine;

/// <summary>
/// `scan [--library ID|NAME] [--force]`: the nightly scan, run in the foreground. Progress goes to
/// standard error, the summary to standard output (one line per library, then peak memory).
/// Exit code 0, or 3 when a library was offline.
/// </summary>
internal static class ScanVerb
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var services = app.Services;
        foreach (var startup in services.GetServices<IHostedService>().Where(s => s is DatabaseStartup or ConfiguredLibrariesSync))
            await startup.StartAsync(CancellationToken.None);

        var selector = Option(args, "--library");
        var force = args.Contains("--force");
        var libraries = (await services.GetRequiredService<LibraryStore>().ListAsync())
            .Where(l => selector is null ? l.Enabled : l.Id.ToString() == selector || string.Equals(l.Name, selector, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (libraries.Count == 0)
        {
            await Console.Error.WriteLineAsync(selector is null ? "No enabled library. Add one in Settings → Libraries or MediaSuite:Library:Folders." : $"No library '{selector}'.");
            return 2;
        }

        var scanner = services.GetRequiredService<LibraryScanner>();
        var offline = false;
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        foreach (var library in libraries)
        {
            var stats = await scanner.ScanAsync(library, new ScanTarget(library.Id), force, (s, phase) =>
            {
                if (clock.Elapsed - lastReport < TimeSpan.FromSeconds(2) && phase != "done") return;
                lastReport = clock.Elapsed;
                Console.Error.WriteLine($"{library.Name}: {phase} · {s.Describe()}");
            }, CancellationToken.None);
            offline |= stats.Offline is not null;
            await Console.Out.WriteLineAsync($"{library.Name} ({library.Path}): {stats.Describe()} · {stats.Elapsed.TotalSeconds:0.00} s");
        }
        await Console.Out.WriteLineAsync($"peak memory: {PeakMemoryMiB():0} MiB");
        return offline ? 3 : 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The resident-set high-water mark (VmHWM), which is what "peak memory" means on Linux.</summary>
    private static double PeakMemoryMiB()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }
}

using MediaSuite.Domain.Jobs;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Library;

namespace MediaSuite.Jobs.Ingest;

/// <summary>
/// The scan as a job: its target is a library ("5"), a folder in it ("5:Artist/Album"), or empty
/// for every enabled library (the nightly schedule). Recoverable: a scan cut off by a restart runs again.
/// </summary>
public sealed class LibraryScanJob(LibraryScanner scanner, LibraryStore libraries) : IMediaJob
{
    public const string Key = "library-scan";

    public static JobDescriptor Descriptor { get; } = new(
        Key, "Library scan", "Finds new, changed, moved and removed files and reads their metadata. Unchanged folders are skipped.",
        JobCategory.Library, Recoverable: true, typeof(LibraryScanJob), new JobSchedule("0 0 3 * * ?", "Daily at 03:00"));

    public async Task RunAsync(JobRunContext context)
    {
        var targets = new List<(MediaLibrary Library, ScanTarget Target)>();
        if (context.Target.Length == 0)
        {
            targets.AddRange((await libraries.ListAsync()).Where(l => l.Enabled).Select(l => (l, new ScanTarget(l.Id))));
        }
        else
        {
            var target = ScanTarget.Parse(context.Target) ?? throw new ArgumentException($"'{context.Target}' is not a scan target (library id, optionally ':folder').");
            var library = await libraries.GetAsync(target.LibraryId) ?? throw new InvalidOperationException($"There is no library {target.LibraryId} (it was removed).");
            targets.Add((library, target));
        }
        var total = new ScanStats();
        foreach (var (library, target) in targets)
        {
            var stats = await scanner.ScanAsync(library, target, force: false,
                (s, phase) => context.Report(s.Seen + total.Seen, null, $"{library.Name}: {phase} · {s.Describe()}"), context.CancellationToken);
            if (stats.Offline is not null) await context.WarnAsync(library.Path, stats.Offline);
            total.Add(stats);
        }
        context.Report(total.Seen, total.Seen, targets.Count == 1 ? $"{targets[0].Library.Name}: {total.Describe()}" : total.Describe());
    }
}

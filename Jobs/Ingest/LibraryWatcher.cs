using System.Collections.Concurrent;
using MediaSuite.Domain.Jobs;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Library;
using Microsoft.Extensions.Options;

namespace MediaSuite.Jobs.Ingest;

/// <summary>
/// Watches enabled libraries and, once changes have stopped for the quiet period, queues a scan of
/// just the folders that changed. Scheduled full scans remain the safety net (some file systems
/// report nothing, and a watch can fail for lack of inotify watches — shown on the Libraries page).
/// </summary>
public sealed partial class LibraryWatcher(LibraryStore libraries, JobScheduler jobs, IOptions<LibraryOptions> options, ILogger<LibraryWatcher> logger)
    : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<int, FileSystemWatcher> _watchers = new();
    private readonly ConcurrentDictionary<int, string> _problems = new();
    private readonly ConcurrentDictionary<(int Library, string Folder), byte> _pending = new();
    private readonly Dictionary<int, string> _roots = new();
    private readonly Lock _gate = new();
    private Timer? _quiet;

    /// <summary>Libraries whose watch could not be set up, with the reason.</summary>
    public IReadOnlyDictionary<int, string> Problems => _problems;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _quiet = new Timer(_ => _ = FlushAsync(), null, Timeout.Infinite, Timeout.Infinite);
        await RefreshAsync();
    }

    /// <summary>Brings the watches in line with the libraries (after one is added, edited or removed).</summary>
    public async Task RefreshAsync()
    {
        var wanted = options.Value.Watch ? (await libraries.ListAsync()).Where(l => l.Enabled && Directory.Exists(l.Path)).ToList() : [];
        foreach (var id in _watchers.Keys.Where(id => wanted.All(l => l.Id != id)).ToList())
            if (_watchers.TryRemove(id, out var old)) old.Dispose();
        foreach (var library in wanted.Where(l => !_watchers.ContainsKey(l.Id))) Watch(library);
    }

    private void Watch(MediaLibrary library)
    {
        try
        {
            var watcher = new FileSystemWatcher(library.Path)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            lock (_gate) _roots[library.Id] = library.Path;
            watcher.Created += (_, e) => Changed(library.Id, e.FullPath);
            watcher.Changed += (_, e) => Changed(library.Id, e.FullPath);
            watcher.Deleted += (_, e) => Changed(library.Id, e.FullPath);
            watcher.Renamed += (_, e) => { Changed(library.Id, e.OldFullPath); Changed(library.Id, e.FullPath); };
            watcher.Error += (_, e) => Overflow(library.Id, e.GetException());
            watcher.EnableRaisingEvents = true;
            _watchers[library.Id] = watcher;
            _problems.TryRemove(library.Id, out _);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _problems[library.Id] = $"Changes are not watched ({ex.Message}); the nightly scan still finds them.";
            LogWatchFailed(library.Path, ex.Message);
        }
    }

    private void Changed(int libraryId, string fullPath)
    {
        string root;
        lock (_gate) root = _roots[libraryId];
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(fullPath) ?? root).Replace('\\', '/');
        Pend(libraryId, relative == "." ? "" : relative);
    }

    private void Pend(int libraryId, string folder)
    {
        _pending[(libraryId, folder)] = 0;
        _quiet?.Change(options.Value.WatcherQuietPeriod, Timeout.InfiniteTimeSpan);
    }

    private void Overflow(int libraryId, Exception error)
    {
        LogOverflow(libraryId, error.Message);
        Pend(libraryId, "");
    }

    /// <summary>Queues one scan per changed subtree; a folder whose scan is already running stays pending for the next round.</summary>
    private async Task FlushAsync()
    {
        var pending = _pending.Keys.ToList();
        foreach (var key in pending) _pending.TryRemove(key, out _);
        foreach (var (library, folder) in Collapse(pending))
        {
            try
            {
                var result = await jobs.EnqueueAsync(LibraryScanJob.Key, new ScanTarget(library, folder).ToString(), JobTrigger.Watcher);
                if (result.Outcome == EnqueueOutcome.AlreadyActive) Pend(library, folder);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogEnqueueFailed(library, folder, ex.Message);
            }
        }
    }

    /// <summary>"a" and "a/b" changed → one scan of "a".</summary>
    public static IEnumerable<(int Library, string Folder)> Collapse(IEnumerable<(int Library, string Folder)> changes) =>
        changes.GroupBy(c => c.Library).SelectMany(group =>
        {
            var folders = group.Select(c => c.Folder).Distinct().OrderBy(f => f.Length).ToList();
            var kept = new List<string>();
            foreach (var folder in folders)
                if (!kept.Any(k => k.Length == 0 || folder == k || folder.StartsWith(k + "/", StringComparison.Ordinal))) kept.Add(folder);
            return kept.Select(f => (group.Key, f));
        });

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _quiet?.Change(Timeout.Infinite, Timeout.Infinite);
        foreach (var watcher in _watchers.Values) watcher.EnableRaisingEvents = false;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _quiet?.Dispose();
        foreach (var watcher in _watchers.Values) watcher.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {Path} for changes: {Reason}")]
    private partial void LogWatchFailed(string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The watch of library {LibraryId} lost events ({Reason}); rescanning it")]
    private partial void LogOverflow(int libraryId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not queue the scan of library {LibraryId} folder '{Folder}': {Reason}")]
    private partial void LogEnqueueFailed(int libraryId, string folder, string reason);
}

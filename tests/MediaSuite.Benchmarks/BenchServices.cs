using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure;
using MediaSuite.Infrastructure.Hosting;
using MediaSuite.Infrastructure.Library;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaSuite.Benchmarks;

/// <summary>The app's own services (as the `scan` command builds them) on a data directory, with the schema migrated and one music library.</summary>
internal sealed class BenchServices : IAsyncDisposable
{
    private BenchServices(WebApplication app, MediaLibrary library)
    {
        App = app;
        Library = library;
    }

    public WebApplication App { get; }
    public MediaLibrary Library { get; }
    public string DatabasePath => App.Services.GetRequiredService<IOptions<MediaSuiteOptions>>().Value.DatabasePath;

    public static async Task<BenchServices> StartAsync(string dataDirectory)
    {
        var builder = WebApplication.CreateBuilder([$"--MediaSuite:DataDirectory={dataDirectory}", "--Logging:LogLevel:Default=Warning"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddInfrastructure();
        var app = builder.Build();
        await app.Services.GetServices<IHostedService>().OfType<DatabaseStartup>().Single().StartAsync(CancellationToken.None);
        var store = app.Services.GetRequiredService<LibraryStore>();
        var library = (await store.ListAsync()).FirstOrDefault();
        if (library is null)
        {
            var root = Path.Combine(dataDirectory, "library");
            Directory.CreateDirectory(root);
            (library, var problem) = await store.AddAsync(root, LibraryKind.Music, "Synthetic");
            if (library is null) throw new InvalidOperationException(problem);
        }
        return new BenchServices(app, library);
    }

    /// <summary>
    /// Writes the synthetic catalogue the way a scan's persist phase does. Returns the wall time spent
    /// writing and the writing thread's CPU time: on a shared machine the CPU time is the steadier figure.
    /// </summary>
    /// <param name="perFolder">One transaction per folder instead of per scanner batch (for comparison).</param>
    public async Task<(TimeSpan Wall, TimeSpan Cpu)> WriteCatalogAsync(IEnumerable<FolderChange> folders, bool perFolder = false)
    {
        var materialised = folders.ToList();
        await using var session = await ScanSession.OpenAsync(DatabasePath, Library, DateTimeOffset.UtcNow, CancellationToken.None);
        var writer = new CatalogWriter(session, TimeProvider.System);
        var thread = Environment.CurrentManagedThreadId;
        var cpu = ThreadCpu.Now();
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        if (perFolder)
        {
            foreach (var folder in materialised) await writer.ApplyAsync(folder);
        }
        else
        {
            foreach (var batch in Batches(materialised)) await writer.ApplyAsync(batch);
        }
        var wall = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        // SQLite calls complete synchronously, so the whole loop ran on this thread and its CPU time is the writer's.
        if (Environment.CurrentManagedThreadId != thread) throw new InvalidOperationException("the writes left the measuring thread");
        return (wall, ThreadCpu.Now() - cpu);
    }

    /// <summary>The scanner's batches: folders until 256 files or 64 folders (LibraryScanner.BatchFiles, BatchFolders).</summary>
    private static IEnumerable<List<FolderChange>> Batches(IEnumerable<FolderChange> folders)
    {
        var batch = new List<FolderChange>();
        foreach (var folder in folders)
        {
            batch.Add(folder);
            if (batch.Sum(f => f.Writes.Count) < 256 && batch.Count < 64) continue;
            yield return batch;
            batch = [];
        }
        if (batch.Count > 0) yield return batch;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

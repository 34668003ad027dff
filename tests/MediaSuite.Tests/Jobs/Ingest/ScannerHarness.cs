using MediaSuite.Domain.Library;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Library;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Jobs.Ingest;

/// <summary>A server with one library in a temp folder, and the scanner run directly on it.</summary>
public sealed class ScannerHarness : IAsyncDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "library-" + Guid.NewGuid().ToString("N"));
    public MediaSuiteFactory Factory { get; }
    public MediaLibrary Library { get; private set; } = default!;

    private ScannerHarness(MediaSuiteFactory factory) => Factory = factory;

    public static async Task<ScannerHarness> StartAsync(LibraryKind kind = LibraryKind.Music, Action<MediaSuiteFactory>? configure = null, TestClock? clock = null)
    {
        var harness = new ScannerHarness(new MediaSuiteFactory { Clock = clock }.With("MediaSuite:Library:Watch", "false"));
        configure?.Invoke(harness.Factory);
        Directory.CreateDirectory(harness.Root);
        File.WriteAllText(Path.Combine(harness.Root, "readme.txt"), "not media"); // a library root with something in it
        var (library, problem) = await harness.Factory.Services.GetRequiredService<LibraryStore>().AddAsync(harness.Root, kind, "Test");
        harness.Library = library ?? throw new InvalidOperationException(problem);
        return harness;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public async Task<ScanStats> ScanAsync(string subPath = "", bool force = false)
    {
        var library = await Factory.Services.GetRequiredService<LibraryStore>().GetAsync(Library.Id);
        return await Factory.Services.GetRequiredService<LibraryScanner>().ScanAsync(library!, new ScanTarget(Library.Id, subPath), force, (_, _) => { }, CancellationToken.None);
    }

    public async Task<MediaSuiteDb> DbAsync() =>
        await Factory.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();

    public async Task<List<MediaFile>> FilesAsync()
    {
        await using var db = await DbAsync();
        return await db.Files.AsNoTracking().OrderBy(f => f.Path).ToListAsync();
    }

    public async Task<List<(Track Track, Album Album, Artist AlbumArtist)>> TracksAsync()
    {
        await using var db = await DbAsync();
        var rows = await (from t in db.Tracks join a in db.Albums on t.AlbumId equals a.Id join ar in db.Artists on a.AlbumArtistId equals ar.Id select new { t, a, ar }).AsNoTracking().ToListAsync();
        return rows.Select(r => (r.t, r.a, r.ar)).OrderBy(r => r.t.Title).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        await Task.CompletedTask;
    }
}

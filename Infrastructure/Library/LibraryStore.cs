using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Hosting;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Library;

public sealed record LibrarySummary(MediaLibrary Library, long Audio, long Video, long Photo, long Missing, long Bytes, int Problems);

/// <summary>The library folders: validation, add/edit/remove, and what the Libraries page shows of each.</summary>
public sealed class LibraryStore(IDbContextFactory<MediaSuiteDb> dbs, TimeProvider clock)
{
    /// <summary>Null when the path can be a library; otherwise the reason, for the person typing it.</summary>
    public static string? Validate(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return "Enter the folder's path on the server.";
        if (!System.IO.Path.IsPathFullyQualified(path)) return "Use an absolute path, starting with /.";
        if (!Directory.Exists(path)) return $"'{path}' does not exist on the server (or is not a folder).";
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(path).GetEnumerator();
            entries.MoveNext();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return $"MediaSuite cannot read '{path}': {ex.Message}";
        }
        return null;
    }

    public static string Normalise(string path) => System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path.Trim()));

    public async Task<IReadOnlyList<MediaLibrary>> ListAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Libraries.AsNoTracking().OrderBy(l => l.Name).ToListAsync();
    }

    public async Task<MediaLibrary?> GetAsync(int id)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Libraries.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id);
    }

    /// <summary>Adds a library; refuses an invalid path, a duplicate, or one inside/around an existing library (files would be counted twice).</summary>
    public async Task<(MediaLibrary? Library, string? Problem)> AddAsync(string path, LibraryKind kind, string? name, bool fromConfiguration = false)
    {
        if (Validate(path) is { } problem) return (null, problem);
        var normalised = Normalise(path);
        await using var db = await dbs.CreateDbContextAsync();
        foreach (var existing in await db.Libraries.AsNoTracking().ToListAsync())
        {
            if (existing.Path == normalised) return (null, $"'{normalised}' is already the library '{existing.Name}'.");
            if (normalised.StartsWith(existing.Path + "/", StringComparison.Ordinal) || existing.Path.StartsWith(normalised + "/", StringComparison.Ordinal))
                return (null, $"'{normalised}' overlaps the library '{existing.Name}' ({existing.Path}); its files would be counted twice.");
        }
        var library = new MediaLibrary
        {
            Name = string.IsNullOrWhiteSpace(name) ? System.IO.Path.GetFileName(normalised) is { Length: > 0 } n ? n : normalised : name.Trim(),
            Path = normalised, Kind = kind, FromConfiguration = fromConfiguration, CreatedAt = clock.GetUtcNow(),
        };
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        return (library, null);
    }

    public async Task<bool> UpdateAsync(int id, string name, LibraryKind kind, bool enabled)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var library = await db.Libraries.FindAsync(id);
        if (library is null) return false;
        library.Name = string.IsNullOrWhiteSpace(name) ? library.Name : name.Trim();
        library.Kind = kind;
        library.Enabled = enabled;
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Removes the library and everything scanned from it (its files' user data goes with them).</summary>
    public async Task<bool> RemoveAsync(int id)
    {
        await using var db = await dbs.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM Files WHERE LibraryId = {id}");
        var removed = await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM Libraries WHERE Id = {id}");
        await CatalogCleanup.RemoveOrphansAsync(db);
        await transaction.CommitAsync();
        return removed == 1;
    }

    public async Task<IReadOnlyList<LibrarySummary>> SummariesAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        var libraries = await db.Libraries.AsNoTracking().OrderBy(l => l.Name).ToListAsync();
        var counts = await db.Files.AsNoTracking()
            .GroupBy(f => new { f.LibraryId, f.Kind, f.State })
            .Select(g => new { g.Key.LibraryId, g.Key.Kind, g.Key.State, Count = g.LongCount(), Bytes = g.Sum(f => f.Size) })
            .ToListAsync();
        var problems = await db.ScanProblems.AsNoTracking().GroupBy(p => p.LibraryId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return libraries.Select(l =>
        {
            var mine = counts.Where(c => c.LibraryId == l.Id).ToList();
            long Present(MediaKind kind) => mine.Where(c => c.Kind == kind && c.State == FileState.Present).Sum(c => c.Count);
            return new LibrarySummary(l, Present(MediaKind.Audio), Present(MediaKind.Video), Present(MediaKind.Photo),
                mine.Where(c => c.State == FileState.Missing).Sum(c => c.Count), mine.Where(c => c.State == FileState.Present).Sum(c => c.Bytes),
                problems.FirstOrDefault(p => p.Key == l.Id)?.Count ?? 0);
        }).ToList();
    }

    public async Task<IReadOnlyList<ScanProblem>> ProblemsAsync(int libraryId, int count = 500)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.ScanProblems.AsNoTracking().Where(p => p.LibraryId == libraryId).OrderBy(p => p.Path).Take(count).ToListAsync();
    }
}

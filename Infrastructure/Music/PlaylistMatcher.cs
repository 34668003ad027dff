using MediaSuite.Domain.Music;

namespace MediaSuite.Infrastructure.Music;

/// <summary>
/// Finds the library track an imported playlist line means, in this order:
/// 1. an absolute path under a library root on this server (what our export writes);
/// 2. the longest tail of the path's folder and file names that ends exactly one library path (case-insensitive,
///    exact case preferred) — this covers paths relative to a library root or to the playlist file's own folder,
///    and absolute paths from another machine or drive letter;
/// 3. the #EXTINF "Artist - Title" (or a title alone when only one track has it), nearest duration first.
/// Only tracks a listener can see are matched.
/// </summary>
internal sealed class PlaylistMatcher(SqlSession sql)
{
    private List<(int Id, string Root)>? _libraries;
    private Dictionary<string, List<(long Id, string Path)>>? _byFileName;

    public async Task<(long? TrackId, string? Reason)> MatchAsync(M3u8Entry entry)
    {
        var location = PlaylistLocation.Parse(entry.Location);
        string? pathProblem = null;
        if (!location.IsRemote)
        {
            if (location.ServerPath is { } serverPath && await UnderLibraryRootAsync(serverPath) is { } exact) return (exact, null);
            var (byTail, ambiguous) = await ByTailAsync(location.Segments);
            if (byTail is { } found) return (found, null);
            pathProblem = ambiguous ? "several tracks in the library end with this path" : "no track in the library at this path";
        }
        if (entry.Display is { } display && await ByTitleAsync(display, entry.DurationSeconds) is { } titled) return (titled, null);
        var titleProblem = entry.Display is null ? null : $"no track called \u201c{entry.Display}\u201d";
        return (null, (pathProblem, titleProblem, location.IsRemote) switch
        {
            (_, null, true) => "a web address, not a file in the library",
            (_, { } t, true) => "a web address, and " + t,
            ({ } p, { } t, _) => $"{p}, and {t}",
            ({ } p, null, _) => p,
            _ => "not found in the library",
        });
    }

    private async Task<long?> UnderLibraryRootAsync(string serverPath)
    {
        _libraries ??= await sql.ListAsync("SELECT Id, Path FROM Libraries WHERE Enabled = 1",
            r => (Id: r.GetInt32(0), Root: r.GetString(1).Replace('\\', '/').TrimEnd('/') + "/"));
        foreach (var (id, root) in _libraries.Where(l => serverPath.StartsWith(l.Root, StringComparison.Ordinal)))
        {
            var found = await sql.ScalarAsync<long?>(
                "SELECT f.Id FROM Files f CROSS JOIN Tracks t ON t.Id = f.Id WHERE f.LibraryId = $l AND f.Path = $p AND f.State = 'Present'",
                ("$l", id), ("$p", serverPath[root.Length..]));
            if (found is not null) return found;
        }
        return null;
    }

    private async Task<(long? TrackId, bool Ambiguous)> ByTailAsync(IReadOnlyList<string> segments)
    {
        if (segments.Count == 0) return (null, false);
        _byFileName ??= await FileIndexAsync();
        if (!_byFileName.TryGetValue(segments[^1].ToLowerInvariant(), out var sameName)) return (null, false);
        // The longest tail first: "Artist/Album/01.mp3" before "Album/01.mp3" before "01.mp3".
        for (var take = segments.Count; take >= 1; take--)
        {
            var tail = string.Join('/', segments.Skip(segments.Count - take));
            var matches = sameName.Where(f => EndsWithTail(f.Path, tail, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 1) return (matches[0].Id, false);
            if (matches.Count > 1)
            {
                var exactCase = matches.Where(f => EndsWithTail(f.Path, tail, StringComparison.Ordinal)).ToList();
                // A shorter tail only matches more files: the choice cannot get clearer.
                return exactCase.Count == 1 ? (exactCase[0].Id, false) : (null, true);
            }
        }
        return (null, false);
    }

    private static bool EndsWithTail(string path, string tail, StringComparison comparison) =>
        path.Length == tail.Length ? path.Equals(tail, comparison)
        : path.Length > tail.Length && path[path.Length - tail.Length - 1] == '/' && path.EndsWith(tail, comparison);

    private async Task<Dictionary<string, List<(long Id, string Path)>>> FileIndexAsync()
    {
        var index = new Dictionary<string, List<(long, string)>>(StringComparer.Ordinal);
        var files = await sql.ListAsync($"SELECT t.Id, f.Path FROM Tracks t {CatalogReader.Visible}", r => (Id: r.GetInt64(0), Path: r.GetString(1)));
        foreach (var (id, path) in files)
        {
            var name = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
            if (!index.TryGetValue(name, out var list)) index[name] = list = [];
            list.Add((id, path));
        }
        return index;
    }

    private async Task<long?> ByTitleAsync(string display, int? seconds)
    {
        foreach (var (artist, title) in M3u8.ArtistTitleReadings(display))
        {
            var candidates = await sql.ListAsync(
                $"SELECT t.Id, t.ArtistText, t.DurationMs FROM Tracks t {CatalogReader.Visible} WHERE t.Title = $title COLLATE NOCASE",
                r => (Id: r.GetInt64(0), Artist: r.GetString(1), DurationMs: CatalogReader.LongOrNull(r, 2)), ("$title", title));
            var fitting = artist is null
                ? (candidates.Count == 1 ? candidates : [])
                : candidates.Where(c => string.Equals(c.Artist, artist, StringComparison.CurrentCultureIgnoreCase)).ToList();
            if (fitting.Count == 0) continue;
            return fitting
                .OrderBy(c => seconds is { } s && c.DurationMs is { } d ? Math.Abs(d / 1000.0 - s) : double.MaxValue)
                .ThenBy(c => c.Id)
                .First().Id;
        }
        return null;
    }
}

using MediaSuite.Domain.Music;

namespace MediaSuite.Infrastructure.Music;

public sealed partial class PlaylistService
{
    /// <summary>
    /// The playlist as M3U8 with absolute server paths (library root + the file's path): the file then opens in any
    /// player on this machine or one that mounts the library at the same place, and imports back exactly. Entries
    /// that cannot be played now are left out, as they are everywhere else. Null when not found or not the user's.
    /// </summary>
    public async Task<PlaylistExport?> ExportAsync(string userId, long playlistId, CancellationToken cancellationToken = default)
    {
        await using var sql = await SqlSession.OpenAsync(dbs, write: false, cancellationToken);
        var name = await sql.ScalarAsync<string>("SELECT Name FROM Playlists WHERE Id = $id AND OwnerId = $u", ("$id", playlistId), ("$u", userId));
        if (name is null) return null;
        var items = await sql.ListAsync(
            $"SELECT l.Path, f.Path, t.ArtistText, t.Title, t.DurationMs FROM PlaylistEntries e {VisibleEntries} WHERE e.PlaylistId = $id ORDER BY e.Position, e.Id",
            r => new M3u8Item(Path.Join(r.GetString(0), r.GetString(1)), r.GetString(2), r.GetString(3), CatalogReader.LongOrNull(r, 4)),
            ("$id", playlistId));
        return new PlaylistExport(FileNameOf(name) + ".m3u8", M3u8.Write(items));
    }

    /// <summary>
    /// Reads an M3U8 file and adds the tracks it names, in its order, to <paramref name="intoPlaylistId"/> or to a new
    /// playlist named after the file. Every line that names no track comes back in <see cref="PlaylistImportResult.Unmatched"/>;
    /// when no line matches, nothing is created or changed. A file that is not UTF-8 text throws <see cref="PlaylistException"/>.
    /// </summary>
    public async Task<PlaylistImportResult> ImportAsync(string userId, string fileName, byte[] content, long? intoPlaylistId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var document = M3u8.Parse(M3u8.Decode(content));
        if (document.Entries.Count == 0)
            throw new PlaylistException("The file lists no tracks: an M3U8 playlist has one file path per line.");

        var matched = new List<long>();
        var unmatched = document.Problems.Select(p => new UnmatchedLine(p.Line, p.Text, p.Reason)).ToList();
        await using (var read = await SqlSession.OpenAsync(dbs, write: false, cancellationToken))
        {
            if (intoPlaylistId is { } target) await OwnedAsync(read, userId, target);
            var matcher = new PlaylistMatcher(read);
            foreach (var entry in document.Entries)
            {
                var (trackId, reason) = await matcher.MatchAsync(entry);
                if (trackId is { } id) matched.Add(id);
                else unmatched.Add(new UnmatchedLine(entry.Line, entry.Location, reason!));
            }
        }
        unmatched.Sort((a, b) => a.Line.CompareTo(b.Line));
        var wanted = PlaylistRules.CheckName(Path.GetFileNameWithoutExtension(fileName)).Name ?? "Imported playlist";
        if (matched.Count == 0) return new PlaylistImportResult(null, wanted, document.Entries.Count, 0, unmatched);

        await using var sql = await SqlSession.OpenAsync(dbs, write: true, cancellationToken);
        long playlistId;
        string name;
        if (intoPlaylistId is { } into)
        {
            (playlistId, name) = (into, await OwnedAsync(sql, userId, into));
        }
        else
        {
            var taken = (await sql.ListAsync("SELECT Name FROM Playlists WHERE OwnerId = $u", r => r.GetString(0), ("$u", userId)))
                .ToHashSet(StringComparer.CurrentCultureIgnoreCase);
            name = PlaylistRules.Unique(wanted, taken);
            playlistId = await InsertAsync(sql, userId, name);
        }
        await AppendAsync(sql, playlistId, matched);
        await sql.CommitAsync();
        return new PlaylistImportResult(playlistId, name, document.Entries.Count, matched.Count, unmatched);
    }

    /// <summary>A download name any file system accepts: the playlist's name without path or control characters.</summary>
    private static string FileNameOf(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var safe = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim().Trim('.');
        return safe.Length == 0 ? "playlist" : safe;
    }
}

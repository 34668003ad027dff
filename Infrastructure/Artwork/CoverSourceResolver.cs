using System.Globalization;
using MediaSuite.Domain.Artwork;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Artwork;

/// <summary>
/// Decides which image is a cover: for an album its image file, else the picture of its cover
/// track; for a track its own picture, else its album's; for an artist the first of their albums
/// that has art. A source that is gone from disk is skipped; with nothing left, a placeholder.
/// </summary>
public sealed class CoverSourceResolver(IDbContextFactory<MediaSuiteDb> dbFactory)
{
    /// <summary>The artist's albums tried in order; past this many without art the artist gets a placeholder.</summary>
    private const int ArtistAlbumsTried = 10;

    /// <summary>Null when there is no such album, track or artist.</summary>
    public async Task<CoverSource?> ResolveAsync(CoverKind kind, long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return kind switch
        {
            CoverKind.Album => await AlbumAsync(db, id, cancellationToken),
            CoverKind.Track => await TrackAsync(db, id, cancellationToken),
            CoverKind.Artist => await ArtistAsync(db, id, cancellationToken),
            _ => null,
        };
    }

    /// <summary>The sources of many albums' covers on one context (a list of results shows several at once); unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<long, CoverSource>> ResolveAlbumsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        var sources = new Dictionary<long, CoverSource>(ids.Count);
        if (ids.Count == 0) return sources;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var albums = await db.Albums.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, Row = new AlbumRow(a.Title, a.CoverPath, a.CoverTrackId) }).ToListAsync(cancellationToken);
        foreach (var album in albums) sources[album.Id] = await AlbumArtAsync(db, album.Row, cancellationToken) ?? Placeholder(album.Row.Title);
        return sources;
    }

    private static async Task<CoverSource?> AlbumAsync(MediaSuiteDb db, long id, CancellationToken cancellationToken)
    {
        var album = await AlbumRowAsync(db, id, cancellationToken);
        return album is null ? null : await AlbumArtAsync(db, album, cancellationToken) ?? Placeholder(album.Title);
    }

    private static async Task<CoverSource?> TrackAsync(MediaSuiteDb db, long id, CancellationToken cancellationToken)
    {
        var track = await db.Tracks.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new { t.AlbumId, t.HasEmbeddedPicture }).FirstOrDefaultAsync(cancellationToken);
        if (track is null) return null;
        var album = await AlbumRowAsync(db, track.AlbumId, cancellationToken);
        var name = album?.Title ?? "";
        if (track.HasEmbeddedPicture && await EmbeddedAsync(db, id, name, cancellationToken) is { } own) return own;
        return album is null ? Placeholder(name) : await AlbumArtAsync(db, album, cancellationToken) ?? Placeholder(name);
    }

    private static async Task<CoverSource?> ArtistAsync(MediaSuiteDb db, long id, CancellationToken cancellationToken)
    {
        var name = await db.Artists.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null) return null;
        // Oldest first: an artist's debut is a steadier picture than whichever album was added last.
        var albums = await db.Albums.AsNoTracking()
            .Where(a => a.AlbumArtistId == id && (a.CoverPath != null || a.CoverTrackId != null))
            .OrderBy(a => a.Year == null).ThenBy(a => a.Year).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Select(a => new AlbumRow(a.Title, a.CoverPath, a.CoverTrackId))
            .Take(ArtistAlbumsTried).ToListAsync(cancellationToken);
        foreach (var album in albums)
            if (await AlbumArtAsync(db, album, cancellationToken) is { } art) return art with { Name = name };
        return Placeholder(name);
    }

    private sealed record AlbumRow(string Title, string? CoverPath, long? CoverTrackId);

    private static Task<AlbumRow?> AlbumRowAsync(MediaSuiteDb db, long id, CancellationToken cancellationToken) =>
        db.Albums.AsNoTracking().Where(a => a.Id == id).Select(a => new AlbumRow(a.Title, a.CoverPath, a.CoverTrackId)).FirstOrDefaultAsync(cancellationToken);

    private static async Task<CoverSource?> AlbumArtAsync(MediaSuiteDb db, AlbumRow album, CancellationToken cancellationToken)
    {
        if (album.CoverPath is { } path && ImageFile(path, album.Title) is { } file) return file;
        if (album.CoverTrackId is { } trackId) return await EmbeddedAsync(db, trackId, album.Title, cancellationToken);
        return null;
    }

    private static CoverImageFile? ImageFile(string path, string name)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return null;
        var hash = CoverHash.Of("file", info.FullName, info.Length.ToString(CultureInfo.InvariantCulture),
            info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
        return new CoverImageFile(info.FullName, hash, name);
    }

    private static async Task<EmbeddedCover?> EmbeddedAsync(MediaSuiteDb db, long trackId, string name, CancellationToken cancellationToken)
    {
        var file = await (from f in db.Files
                          join l in db.Libraries on f.LibraryId equals l.Id
                          where f.Id == trackId && f.State == FileState.Present
                          select new { Root = l.Path, f.Path, f.Fingerprint }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (file is null) return null;
        var path = Path.Combine(file.Root, file.Path);
        // An offline drive: the placeholder (or another source) now, the real art when it is back.
        if (!File.Exists(path)) return null;
        return new EmbeddedCover(path, CoverHash.Of("embedded", file.Fingerprint), name);
    }

    private static PlaceholderCover Placeholder(string name) =>
        new(CoverHash.Of("placeholder", CoverPlaceholder.DesignVersion, name), name);
}

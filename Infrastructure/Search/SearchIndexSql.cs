namespace MediaSuite.Infrastructure.Search;

/// <summary>
/// The statements that keep the search index in step with the catalogue, run by the scanner inside
/// its own folder transactions. Deletes need none: AFTER DELETE triggers on Tracks, Albums and Artists
/// (migration 20261121120000_Search) remove index rows however the catalogue rows go, cascades included.
/// REPLACE makes every write safe to repeat. Each is a one-row VALUES insert on purpose: an
/// INSERT ... SELECT opens a statement savepoint, at which FTS5 flushes its pending rows to a new segment.
/// </summary>
public static class SearchIndexSql
{
    /// <summary>$id (the track's file id), $title, $artists (the artist text as shown), $album (the album's id).</summary>
    public const string IndexTrack =
        "INSERT OR REPLACE INTO SearchTracks (rowid, Title, Artists, Album) VALUES ($id, $title, $artists, (SELECT Title FROM Albums WHERE Id = $album))";

    /// <summary>$id: an album, indexed as the catalogue has it, with its album artist's name.</summary>
    public const string IndexAlbum =
        "INSERT OR REPLACE INTO SearchAlbums (rowid, Title, Artist) VALUES ($id, (SELECT Title FROM Albums WHERE Id = $id), " +
        "(SELECT ar.Name FROM Albums a JOIN Artists ar ON ar.Id = a.AlbumArtistId WHERE a.Id = $id))";

    /// <summary>$id: an artist, indexed as the catalogue has it.</summary>
    public const string IndexArtist = "INSERT OR REPLACE INTO SearchArtists (rowid, Name) VALUES ($id, (SELECT Name FROM Artists WHERE Id = $id))";

    /// <summary>Every artist, album and track, in one statement per table (<see cref="SearchIndex.RebuildAsync"/>).</summary>
    public static readonly string[] FillFromCatalogue =
    [
        "INSERT INTO SearchArtists (rowid, Name) SELECT Id, Name FROM Artists ORDER BY Id",
        "INSERT INTO SearchAlbums (rowid, Title, Artist) SELECT a.Id, a.Title, ar.Name FROM Albums a JOIN Artists ar ON ar.Id = a.AlbumArtistId ORDER BY a.Id",
        "INSERT INTO SearchTracks (rowid, Title, Artists, Album) SELECT t.Id, t.Title, t.ArtistText, a.Title FROM Tracks t JOIN Albums a ON a.Id = t.AlbumId ORDER BY t.Id",
    ];

    /// <summary>A moved file keeps its old id (<see cref="Library.CatalogMaintenance"/>): its index row follows, from $new to $old.</summary>
    public const string MoveTrack = "UPDATE SearchTracks SET rowid = $old WHERE rowid = $new";
}

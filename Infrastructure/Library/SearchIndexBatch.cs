using MediaSuite.Infrastructure.Search;

namespace MediaSuite.Infrastructure.Library;

/// <summary>
/// The search index rows a scanner batch writes, held until the end of the batch's transaction and then
/// written together, in rowid order, in the same transaction as the catalogue rows (so the index never
/// lags the catalogue, even after a crash).
/// Why at the end: SQLite opens a statement savepoint for each upsert inside a transaction, and FTS5
/// flushes its pending index data to a new segment at every savepoint; index rows written between the
/// catalogue's upserts were flushed one by one, at about four times the cost. FTS5 also flushes when
/// rowids go backwards, hence the sorting.
/// </summary>
internal sealed class SearchIndexBatch
{
    private readonly List<(long Id, string Title, string Artists, long AlbumId)> _tracks = [];
    private readonly List<long> _albums = [];
    private readonly List<long> _artists = [];

    public void AddTrack(long id, string title, string artists, long albumId) => _tracks.Add((id, title, artists, albumId));

    public void AddAlbum(long id) => _albums.Add(id);

    public void AddArtist(long id) => _artists.Add(id);

    public async Task WriteAsync(ScanSession session)
    {
        foreach (var id in _artists.Order()) await session.ExecuteAsync(SearchIndexSql.IndexArtist, ("$id", id));
        foreach (var id in _albums.Order()) await session.ExecuteAsync(SearchIndexSql.IndexAlbum, ("$id", id));
        foreach (var (id, title, artists, albumId) in _tracks.OrderBy(t => t.Id))
            await session.ExecuteAsync(SearchIndexSql.IndexTrack, ("$id", id), ("$title", title), ("$artists", artists), ("$album", albumId));
        Clear();
    }

    public void Clear()
    {
        _tracks.Clear();
        _albums.Clear();
        _artists.Clear();
    }
}

using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Playback;

/// <summary>The data behind Home for one user: Continue, Recently played, Recently added and Most played lately.</summary>
public sealed class HomeFeed(IDbContextFactory<MediaSuiteDb> dbs, HistoryQueries history, PlaybackSessions sessions, TimeProvider clock)
{
    /// <summary>Cards per row: enough to fill a wide screen, few enough to stay quick.</summary>
    public const int RowSize = 12;

    /// <summary>"Lately" for Most played.</summary>
    public static readonly TimeSpan MostPlayedWindow = TimeSpan.FromDays(30);

    public async Task<HomeData> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var (hasLibrary, hasMusic) = await LibraryStateAsync(cancellationToken);
        if (!hasMusic) return new HomeData(null, [], [], [], [], hasLibrary, false);
        var since = clock.GetUtcNow() - MostPlayedWindow;
        // One after another: Microsoft.Data.Sqlite's async calls complete synchronously, so starting them together would
        // not overlap them, and a few milliseconds each does not warrant threads of their own.
        return new HomeData(
            await ContinueAsync(userId, cancellationToken),
            await history.RecentlyPlayedAsync(userId, RowSize, cancellationToken),
            await RecentlyAddedAsync(RowSize, cancellationToken),
            await history.MostPlayedAlbumsAsync(userId, since, RowSize, cancellationToken),
            await history.MostPlayedTracksAsync(userId, since, RowSize, cancellationToken),
            hasLibrary,
            hasMusic);
    }

    /// <summary>The track the saved player would resume (the current one, else the first waiting), if it can still be played.</summary>
    public async Task<ContinueItem?> ContinueAsync(string userId, CancellationToken cancellationToken = default)
    {
        var state = await sessions.GetAsync(userId, cancellationToken);
        var view = QueueView.Of(state, limit: 1);
        var trackId = state.Current?.TrackId ?? view.Upcoming.FirstOrDefault()?.TrackId;
        if (trackId is null) return null;
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var track = (await reader.ListAsync(
            $"SELECT t.Title, t.ArtistText, t.AlbumId, a.Title, t.DurationMs, t.HasEmbeddedPicture FROM Tracks t {CatalogReader.Visible} JOIN Albums a ON a.Id = t.AlbumId WHERE t.Id = $id",
            r => (Title: r.GetString(0), Artist: r.GetString(1), AlbumId: r.GetInt64(2), Album: r.GetString(3), Duration: CatalogReader.LongOrNull(r, 4), Picture: r.GetBoolean(5)),
            ("$id", trackId.Value))).FirstOrDefault();
        if (track.Title is null) return null;
        return new ContinueItem(trackId.Value, track.Title, track.Artist, track.AlbumId, track.Album, view.PlayingFrom,
            state.Current is null ? 0 : state.PositionMs, track.Duration, view.UpcomingCount, track.Picture);
    }

    /// <summary>
    /// The newest albums with a track that can be played, walking the AddedAt index from the newest. The visibility test is
    /// a scalar subquery with LIMIT 1 on purpose: SQLite 3.35 turns an EXISTS into an IN-list built from every track in the
    /// library (~150 ms on 100k tracks) where this reads a few rows per album.
    /// </summary>
    public async Task<IReadOnlyList<AddedAlbum>> RecentlyAddedAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        return await reader.ListAsync(
            "SELECT a.Id, a.Title, a.AlbumArtistId, ar.Name, a.AddedAt FROM Albums a JOIN Artists ar ON ar.Id = a.AlbumArtistId " +
            $"WHERE (SELECT 1 FROM Tracks t {CatalogReader.Visible} WHERE t.AlbumId = a.Id LIMIT 1) IS NOT NULL ORDER BY a.AddedAt DESC, a.Id DESC LIMIT $n",
            r => new AddedAlbum(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), new DateTimeOffset(r.GetInt64(4), TimeSpan.Zero)),
            ("$n", count));
    }

    private async Task<(bool HasLibrary, bool HasMusic)> LibraryStateAsync(CancellationToken cancellationToken)
    {
        await using var reader = await CatalogReader.OpenAsync(dbs, cancellationToken);
        var row = await reader.ListAsync(
            $"SELECT EXISTS (SELECT 1 FROM Libraries), EXISTS (SELECT 1 FROM Tracks t {CatalogReader.Visible})",
            r => (r.GetBoolean(0), r.GetBoolean(1)));
        return row[0];
    }
}

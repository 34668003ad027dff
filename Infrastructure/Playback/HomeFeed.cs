using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Playback;

/// <summary>The data behind Home for one user: Continue, Recently played, Recently added and Most played lately.</summary>
public sealed class HomeFeed(IDbContextFactory<MediaSuiteDb> dbs, HistoryQueries history, MusicQueries music, PlaybackSessions sessions, TimeProvider clock)
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
        return new HomeData(
            await ContinueAsync(userId, cancellationToken),
            await history.RecentlyPlayedAsync(userId, RowSize, cancellationToken),
            (await music.AlbumsAsync(AlbumSort.RecentlyAdded, descending: true, after: null, RowSize, cancellationToken)).Items,
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
            $"SELECT t.Title, t.ArtistText, t.AlbumId, a.Title, t.DurationMs FROM Tracks t {CatalogReader.Visible} JOIN Albums a ON a.Id = t.AlbumId WHERE t.Id = $id",
            r => (Title: r.GetString(0), Artist: r.GetString(1), AlbumId: r.GetInt64(2), Album: r.GetString(3), Duration: CatalogReader.LongOrNull(r, 4)),
            ("$id", trackId.Value))).FirstOrDefault();
        if (track.Title is null) return null;
        return new ContinueItem(trackId.Value, track.Title, track.Artist, track.AlbumId, track.Album, view.PlayingFrom,
            state.Current is null ? 0 : state.PositionMs, track.Duration, view.UpcomingCount);
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

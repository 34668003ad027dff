using MediaSuite.Components.Music;
using MediaSuite.Domain.Artwork;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Playback;

namespace MediaSuite.Components.Home;

/// <summary>What a card's play button does.</summary>
public enum CardPlay
{
    /// <summary>The album from its first track.</summary>
    Album,

    /// <summary>The track's album from that track, so playback goes on through the album.</summary>
    Track,
    Playlist,

    /// <summary>The saved queue, where it stopped.</summary>
    Resume,
}

/// <summary>One same-size card on Home. <see cref="Cover"/> is what to ask the cover service for; null draws <see cref="Icon"/> instead.</summary>
public sealed record MediaCard(string Key, string Title, string? Href, string? Subtitle, string? SubtitleHref, (CoverKind Kind, long Id)? Cover, string Icon,
    CardPlay Play, long Id, string PlayLabel)
{
    public string? CoverUrl { get; init; }

    /// <summary>The album a track card plays through.</summary>
    public long AlbumId { get; init; }

    /// <summary>How far a resumable track has played, 0 to 1.</summary>
    public double? Progress { get; init; }

    /// <summary>The tracks "Add to playlist" adds: an album's or a track's own (albums are read when asked).</summary>
    public bool CanAddToPlaylist => Play is CardPlay.Album or CardPlay.Track;
}

public sealed record HomeRows(MediaCard? Continue, IReadOnlyList<MediaCard> RecentlyPlayed, IReadOnlyList<MediaCard> RecentlyAdded,
    IReadOnlyList<MediaCard> MostPlayedAlbums, IReadOnlyList<MediaCard> MostPlayedTracks);

/// <summary>Turns Home's data into cards: titles, links, what play does, and which cover each shows.</summary>
public static class HomeCards
{
    public static HomeRows Map(HomeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new HomeRows(
            data.Continue is { } c ? Continue(c) : null,
            data.RecentlyPlayed.Select(Recent).ToList(),
            data.RecentlyAdded.Select(a => AlbumCard("added", a.Id, a.Title, a.AlbumArtistId, a.AlbumArtistName)).ToList(),
            data.MostPlayedAlbums.Select(a => AlbumCard("top-album", a.AlbumId, a.Title, a.AlbumArtistId, a.AlbumArtistName)).ToList(),
            data.MostPlayedTracks.Select(t => TrackCard("top-track", t.TrackId, t.Title, t.AlbumId, t.ArtistId, t.ArtistText, t.HasPicture)).ToList());
    }

    /// <summary>Asks for the cover URLs at the one card size, each cover once however many rows show it (an album is often in several).</summary>
    public static async Task<HomeRows> WithCoversAsync(HomeRows rows, CoverArtService covers, CancellationToken cancellationToken = default)
    {
        var cards = rows.RecentlyPlayed.Concat(rows.RecentlyAdded).Concat(rows.MostPlayedAlbums).Concat(rows.MostPlayedTracks);
        if (rows.Continue is { } resume) cards = cards.Append(resume);
        var wanted = cards.Where(c => c.Cover is not null).Select(c => c.Cover!.Value).Distinct().ToList();
        var urls = new Dictionary<(CoverKind, long), string?>();
        foreach (var (kind, id) in wanted) urls[(kind, id)] = await covers.UrlAsync(kind, id, CoverSizes.Card, cancellationToken: cancellationToken);
        MediaCard With(MediaCard card) => card.Cover is { } cover ? card with { CoverUrl = urls[cover] } : card;
        IReadOnlyList<MediaCard> Row(IReadOnlyList<MediaCard> row) => row.Select(With).ToList();
        return new HomeRows(rows.Continue is { } c ? With(c) : null,
            Row(rows.RecentlyPlayed), Row(rows.RecentlyAdded), Row(rows.MostPlayedAlbums), Row(rows.MostPlayedTracks));
    }

    /// <summary>A track's cover is its own picture, else its album's: asking for the album's then shares one URL (and one cached image) with the album card.</summary>
    private static (CoverKind, long) TrackCover(long trackId, long albumId, bool hasPicture) => hasPicture ? (CoverKind.Track, trackId) : (CoverKind.Album, albumId);

    private static MediaCard Continue(ContinueItem item)
    {
        var (from, fromHref) = item.PlayingFrom switch
        {
            { Kind: ContextKind.Album } ctx when long.TryParse(ctx.Id, out var id) => ($"From {ctx.Name}", MusicLinks.Album(id)),
            { Kind: ContextKind.Playlist } ctx when long.TryParse(ctx.Id, out var id) => ($"From {ctx.Name}", MusicLinks.Playlist(id)),
            { Kind: ContextKind.Artist } ctx when long.TryParse(ctx.Id, out var id) => ($"From {ctx.Name}", MusicLinks.Artist(id)),
            { } ctx => ($"From {ctx.Name}", null),
            null => (item.ArtistText, null),
        };
        return new MediaCard("continue", item.Title, MusicLinks.Album(item.AlbumId), from, fromHref, TrackCover(item.TrackId, item.AlbumId, item.HasPicture), "music_note",
            CardPlay.Resume, item.TrackId, $"Resume {item.Title}")
        {
            Progress = item.DurationMs is > 0 ? Math.Clamp((double)item.PositionMs / item.DurationMs.Value, 0, 1) : null,
        };
    }

    private static MediaCard Recent(RecentItem item) => item.Kind switch
    {
        RecentKind.Album => AlbumCard("recent", item.Id, item.Title, item.ArtistId, item.Subtitle),
        RecentKind.Playlist => new MediaCard($"recent-playlist-{item.Id}", item.Title, MusicLinks.Playlist(item.Id), item.Subtitle, null,
            item.CoverTrackId is { } cover ? (CoverKind.Track, cover) : null, "queue_music", CardPlay.Playlist, item.Id, $"Play {item.Title}"),
        _ => TrackCard("recent", item.Id, item.Title, item.AlbumId ?? 0, item.ArtistId, item.Subtitle, item.HasPicture),
    };

    private static MediaCard AlbumCard(string row, long id, string title, long? artistId, string artist) =>
        new($"{row}-album-{id}", title, MusicLinks.Album(id), artist, artistId is { } a ? MusicLinks.Artist(a) : null, (CoverKind.Album, id), "album",
            CardPlay.Album, id, $"Play {title}");

    private static MediaCard TrackCard(string row, long id, string title, long albumId, long? artistId, string artist, bool hasPicture) =>
        new($"{row}-track-{id}", title, MusicLinks.Album(albumId), artist, artistId is { } a ? MusicLinks.Artist(a) : null, TrackCover(id, albumId, hasPicture), "music_note",
            CardPlay.Track, id, $"Play {title}") { AlbumId = albumId };
}

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
            data.MostPlayedTracks.Select(t => TrackCard("top-track", t.TrackId, t.Title, t.AlbumId, t.ArtistId, t.ArtistText)).ToList());
    }

    /// <summary>Asks for every card's cover URL at the one card size, all at once.</summary>
    public static async Task<HomeRows> WithCoversAsync(HomeRows rows, CoverArtService covers, CancellationToken cancellationToken = default)
    {
        async Task<IReadOnlyList<MediaCard>> Row(IReadOnlyList<MediaCard> cards) =>
            await Task.WhenAll(cards.Select(card => WithCoverAsync(card, covers, cancellationToken)));
        return new HomeRows(
            rows.Continue is { } c ? await WithCoverAsync(c, covers, cancellationToken) : null,
            await Row(rows.RecentlyPlayed), await Row(rows.RecentlyAdded), await Row(rows.MostPlayedAlbums), await Row(rows.MostPlayedTracks));
    }

    private static async Task<MediaCard> WithCoverAsync(MediaCard card, CoverArtService covers, CancellationToken cancellationToken) =>
        card.Cover is { } cover ? card with { CoverUrl = await covers.UrlAsync(cover.Kind, cover.Id, CoverSizes.Card, cancellationToken: cancellationToken) } : card;

    private static MediaCard Continue(ContinueItem item)
    {
        var (from, fromHref) = item.PlayingFrom switch
        {
            { Kind: ContextKind.Album } ctx when long.TryParse(ctx.Id, out var id) => ($"From {ctx.Name}", MusicRoutes.Album(id)),
            { Kind: ContextKind.Playlist } ctx when long.TryParse(ctx.Id, out var id) => ($"From {ctx.Name}", MusicRoutes.Playlist(id)),
            { Kind: ContextKind.Artist } ctx when long.TryParse(ctx.Id, out var id) => ($"From {ctx.Name}", MusicRoutes.Artist(id)),
            { } ctx => ($"From {ctx.Name}", null),
            null => (item.ArtistText, null),
        };
        return new MediaCard("continue", item.Title, MusicRoutes.Album(item.AlbumId), from, fromHref, (CoverKind.Track, item.TrackId), "music_note",
            CardPlay.Resume, item.TrackId, $"Resume {item.Title}")
        {
            Progress = item.DurationMs is > 0 ? Math.Clamp((double)item.PositionMs / item.DurationMs.Value, 0, 1) : null,
        };
    }

    private static MediaCard Recent(RecentItem item) => item.Kind switch
    {
        RecentKind.Album => AlbumCard("recent", item.Id, item.Title, item.ArtistId, item.Subtitle),
        RecentKind.Playlist => new MediaCard($"recent-playlist-{item.Id}", item.Title, MusicRoutes.Playlist(item.Id), item.Subtitle, null,
            item.CoverTrackId is { } cover ? (CoverKind.Track, cover) : null, "queue_music", CardPlay.Playlist, item.Id, $"Play {item.Title}"),
        _ => TrackCard("recent", item.Id, item.Title, item.AlbumId ?? 0, item.ArtistId, item.Subtitle),
    };

    private static MediaCard AlbumCard(string row, long id, string title, long? artistId, string artist) =>
        new($"{row}-album-{id}", title, MusicRoutes.Album(id), artist, artistId is { } a ? MusicRoutes.Artist(a) : null, (CoverKind.Album, id), "album",
            CardPlay.Album, id, $"Play {title}");

    private static MediaCard TrackCard(string row, long id, string title, long albumId, long? artistId, string artist) =>
        new($"{row}-track-{id}", title, MusicRoutes.Album(albumId), artist, artistId is { } a ? MusicRoutes.Artist(a) : null, (CoverKind.Track, id), "music_note",
            CardPlay.Track, id, $"Play {title}") { AlbumId = albumId };
}

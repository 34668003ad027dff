using MediaSuite.Components.Player;
using MediaSuite.Domain.Artwork;
using MediaSuite.Domain.Music;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;

namespace MediaSuite.Components.Music;

public partial class ArtistView
{
    [Inject] private MusicQueries Queries { get; set; } = default!;
    [Inject] private CoverArtService Covers { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private RatingService Ratings { get; set; } = default!;

    [Parameter] public long Id { get; set; }

    private ArtistPage? artist;
    private bool loaded;
    private string? coverUrl;
    private ItemRating rating = ItemRating.None;
    private IReadOnlyList<TrackRow> appearsOn = [];

    protected override async Task OnParametersSetAsync()
    {
        artist = await Queries.ArtistAsync(Id);
        loaded = true;
        if (artist is null) return;
        coverUrl = await Covers.UrlAsync(CoverKind.Artist, Id, CoverSizes.Card, CoverSizes.Card, CoverMode.Crop);
        rating = await Ratings.GetAsync(await Player.UserIdAsync(), RatedKind.Artist, Id);
        appearsOn = artist.AppearsOn.Select(TrackRow.Of).ToList();
    }

    private ArtistRef Ref => new(artist!.Artist.Id, artist.Artist.Name);

    // Read when asked: the whole discography is not needed to draw the page.
    private async Task<IReadOnlyList<long>> LoadTracksAsync() => await Queries.ArtistTrackIdsAsync(Id);

    private async Task Play() => await Player.PlayAsync(MusicContexts.Artist(Ref, await LoadTracksAsync()));

    private async Task Shuffle()
    {
        var ids = await LoadTracksAsync();
        if (await Player.SendAsync(new QueueCommand.SetShuffle(true, Random.Shared.Next()))) await Player.PlayAsync(MusicContexts.Artist(Ref, ids));
    }

    /// <summary>A guest track plays the artist from that track; past the context's cap, its own album from it.</summary>
    private async Task PlayFrom(TrackRow track)
    {
        var ids = await LoadTracksAsync();
        var index = ids.ToList().IndexOf(track.Id);
        if (index >= 0)
        {
            await Player.PlayAsync(MusicContexts.Artist(Ref, ids), index);
            return;
        }
        if (track.AlbumId is { } albumId && await Queries.AlbumAsync(albumId) is { } album)
            await Player.PlayAsync(MusicContexts.Album(album), album.Tracks.ToList().FindIndex(t => t.Id == track.Id) is var i and >= 0 ? i : null);
    }
}

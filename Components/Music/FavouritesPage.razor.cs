using MediaSuite.Components.Player;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace MediaSuite.Components.Music;

/// <summary>The signed-in user's hearted albums, artists and tracks; a track plays its album from it.</summary>
public partial class FavouritesPage
{
    [Inject] private RatingService Ratings { get; set; } = default!;
    [Inject] private MusicQueries Queries { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private IOptions<MusicBrowseOptions> Options { get; set; } = default!;

    private readonly List<AlbumItem> albums = [];
    private readonly List<ArtistItem> artists = [];
    private readonly List<TrackRow> tracks = [];
    private string? albumsNext, artistsNext, tracksNext;
    private string user = "";
    private bool loaded;

    private int PageSize => Options.Value.PageSize;

    protected override async Task OnInitializedAsync()
    {
        user = await Player.UserIdAsync();
        await Task.WhenAll(MoreAlbumsAsync(), MoreArtistsAsync(), MoreTracksAsync());
        loaded = true;
    }

    private async Task MoreAlbumsAsync()
    {
        var page = await Ratings.FavouriteAlbumsAsync(user, albumsNext, PageSize);
        albums.AddRange(page.Items);
        albumsNext = page.Next;
    }

    private async Task MoreArtistsAsync()
    {
        var page = await Ratings.FavouriteArtistsAsync(user, artistsNext, PageSize);
        artists.AddRange(page.Items);
        artistsNext = page.Next;
    }

    private async Task MoreTracksAsync()
    {
        var page = await Ratings.FavouriteTracksAsync(user, tracksNext, PageSize);
        tracks.AddRange(page.Items.Select(TrackRow.Of));
        tracksNext = page.Next;
    }

    private async Task PlayAsync(TrackRow track)
    {
        var (context, index) = MusicContexts.AlbumFrom(await Queries.AlbumAsync(track.AlbumId!.Value), track.Id, track.AlbumId.Value, track.AlbumTitle ?? "");
        await Player.PlayAsync(context, index);
    }
}

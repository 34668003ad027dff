using MediaSuite.Components.Player;
using MediaSuite.Domain.Artwork;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;

namespace MediaSuite.Components.Music.Playlists;

public partial class PlaylistsPage
{
    [Inject] private PlaylistService Playlists { get; set; } = default!;
    [Inject] private CoverArtService Covers { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private sealed record Item(PlaylistSummary Playlist, string? CoverUrl);

    private IReadOnlyList<Item>? playlists;
    private string newName = "";
    private string? problem;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        var list = await Playlists.ListAsync(await Player.UserIdAsync());
        var items = new List<Item>(list.Count);
        foreach (var p in list) items.Add(new Item(p, p.CoverTrackId is { } track ? await Covers.UrlAsync(CoverKind.Track, track, CoverSizes.Card) : null));
        playlists = items;
    }

    private async Task CreateAsync()
    {
        try
        {
            var created = await Playlists.CreateAsync(await Player.UserIdAsync(), newName);
            Navigation.NavigateTo(MusicLinks.Playlist(created.Id));
        }
        catch (PlaylistException e)
        {
            problem = e.Message;
        }
    }

    private async Task PlayAsync(long playlistId)
    {
        if (await Playlists.ContextAsync(await Player.UserIdAsync(), playlistId) is { TrackIds.Length: > 0 } context) await Player.PlayAsync(context);
    }
}

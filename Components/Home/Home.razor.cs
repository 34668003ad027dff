using System.Security.Claims;
using MediaSuite.Components.Music;
using MediaSuite.Components.Player;
using MediaSuite.Domain.Accounts;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Playback;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace MediaSuite.Components.Home;

public partial class Home
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private HomeFeed Feed { get; set; } = default!;
    [Inject] private CoverArtService Covers { get; set; } = default!;
    [Inject] private MusicQueries Music { get; set; } = default!;
    [Inject] private PlaylistService Playlists { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private UserAdminService Users { get; set; } = default!;
    [Inject] private InviteService Invites { get; set; } = default!;

    private string userName = "";
    private bool isAdmin;
    private int memberCount;
    private int openInvites;
    private HomeData? data;
    private HomeRows rows = new(null, [], [], [], []);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        userName = user.Identity?.Name ?? "";
        isAdmin = user.IsInRole(Roles.Admin);
        if (isAdmin)
        {
            memberCount = await Users.CountAsync();
            openInvites = (await Invites.ListAsync()).Count(i => i.State == InviteState.Open);
        }
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return;
        data = await Feed.LoadAsync(userId);
        rows = await HomeCards.WithCoversAsync(HomeCards.Map(data), Covers);
    }

    private async Task PlayAsync(MediaCard card)
    {
        switch (card.Play)
        {
            case CardPlay.Resume:
                await Player.SendAsync(new QueueCommand.Resume());
                break;
            case CardPlay.Playlist:
                if (await Playlists.ContextAsync(await Player.UserIdAsync(), card.Id) is { TrackIds.Length: > 0 } playlist) await Player.PlayAsync(playlist);
                else Warn("That playlist has nothing to play.");
                break;
            case CardPlay.Album or CardPlay.Track:
                var album = await Music.AlbumAsync(card.Play == CardPlay.Album ? card.Id : card.AlbumId);
                if (album is null || album.Tracks.Count == 0)
                {
                    Warn("That album is no longer in the library.");
                    return;
                }
                var context = new PlaybackContext(ContextKind.Album, album.Album.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), album.Album.Title,
                    [.. album.Tracks.Select(t => t.Id)]);
                var start = card.Play == CardPlay.Track ? album.Tracks.ToList().FindIndex(t => t.Id == card.Id) : 0;
                await Player.PlayAsync(context, Math.Max(start, 0));
                break;
        }
    }

    private async Task AddToPlaylistAsync(MediaCard card)
    {
        IReadOnlyList<long> tracks = card.Play == CardPlay.Track
            ? [card.Id]
            : (await Music.AlbumAsync(card.Id))?.Tracks.Select(t => t.Id).ToList() ?? [];
        if (tracks.Count == 0)
        {
            Warn("That album is no longer in the library.");
            return;
        }
        await AddToPlaylistDialog.OpenAsync(Dialogs, tracks, card.Title);
    }

    private void Warn(string text) =>
        Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Warning, Summary = text, Duration = 4000 });

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

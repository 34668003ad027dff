using MediaSuite.Components.Player;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace MediaSuite.Components.Music;

public partial class AddToPlaylistDialog
{
    /// <summary>The tracks to add, in the order they go in.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<long> TrackIds { get; set; } = [];

    /// <summary>What the tracks are, for the title and the confirmation ("Northern Lights", "Polar Night").</summary>
    [Parameter, EditorRequired] public string What { get; set; } = "";

    [Inject] private PlaylistService Playlists { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;

    private IReadOnlyList<PlaylistSummary>? playlists;
    private string newName = "";
    private string? problem;
    private bool busy;

    /// <summary>Opens the dialog; its result is the id of the playlist the tracks went to, or null when cancelled.</summary>
    public static async Task<long?> OpenAsync(DialogService dialogs, IReadOnlyList<long> trackIds, string what)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var result = await dialogs.OpenAsync<AddToPlaylistDialog>($"Add {what} to a playlist",
            new Dictionary<string, object?> { [nameof(TrackIds)] = trackIds, [nameof(What)] = what },
            new DialogOptions { Width = "min(30rem, 95vw)", CloseDialogOnEsc = true, CssClass = "ms-add-to-playlist-dialog" });
        return result as long?;
    }

    protected override async Task OnInitializedAsync() => playlists = await Playlists.ListAsync(await Player.UserIdAsync());

    private Task CreateAndAddAsync() => RunAsync(async userId =>
    {
        var created = await Playlists.CreateAsync(userId, newName);
        try
        {
            await Playlists.AddTracksAsync(userId, created.Id, TrackIds);
        }
        catch (PlaylistException)
        {
            // Nothing could be added: do not leave an empty playlist the user did not get what they asked for in.
            await Playlists.DeleteAsync(userId, created.Id);
            throw;
        }
        return created;
    });

    private Task AddToAsync(PlaylistSummary playlist) => RunAsync(async userId =>
    {
        await Playlists.AddTracksAsync(userId, playlist.Id, TrackIds);
        return playlist;
    });

    private async Task RunAsync(Func<string, Task<PlaylistSummary>> add)
    {
        if (busy) return;
        (busy, problem) = (true, null);
        try
        {
            var playlist = await add(await Player.UserIdAsync());
            Notifications.Notify(new NotificationMessage
            {
                Severity = NotificationSeverity.Info, Summary = $"Added {DurationText.Tracks(TrackIds.Count)} to {playlist.Name}", Duration = 3000,
            });
            Dialogs.Close(playlist.Id);
        }
        catch (PlaylistException e)
        {
            problem = e.Message;
        }
        finally
        {
            busy = false;
        }
    }
}
